#pragma once

namespace twofold::core {

// Whether a row is its author's (issue 16, journal/RowSignatures.h). Reading
// code marks a row that is not, so that the window can say so.
enum class Authorship {
    Verified,   // the author's signature checks
    Unsigned,   // written before its author had a signing key (an upgraded journal, until their unlock)
    Unverified, // the signature is missing although the author signs, or does not check
};

} // namespace twofold::core
