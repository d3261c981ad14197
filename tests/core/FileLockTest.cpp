// SQLite's file locks are POSIX record locks, which the operating system
// keeps per process and inode: closing ANY descriptor of the file in this
// process drops every lock the process holds on it, whichever connection
// took them. Nothing in Twofold may open and close the journal file behind
// SQLite's back, or another process could take the journal for unused —
// check-point and reset the WAL under a window that is still reading it.
#include "TempJournal.h"
#include "journal/Journal.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <sys/wait.h>

using namespace twofold;

namespace {

// Whether another process would find the shared lock SQLite keeps on the
// database file while a connection uses it in WAL mode (SQLite's
// SHARED_FIRST range, above the 1 GiB pending byte). Asked from a child
// process, since F_GETLK never reports the asking process's own locks.
bool anotherProcessSeesTheJournalInUse(const QString& path) {
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const int fd = ::open(name.constData(), O_RDWR);
        struct flock wanted {};
        wanted.l_type = F_WRLCK;
        wanted.l_whence = SEEK_SET;
        wanted.l_start = 0x40000000 + 2;
        wanted.l_len = 510;
        const bool held = fd >= 0 && fcntl(fd, F_GETLK, &wanted) == 0 && wanted.l_type != F_UNLCK;
        _exit(held ? 0 : 1);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

TEST_CASE("opening the journal again in the same process keeps the first connection's lock on the file",
          "[storage][locking]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(anotherProcessSeesTheJournalInUse(t.path()));

    // What the window does beside its own connection: an import preview, a
    // backup catalog, "Open another journal" of the same file.
    auto again = core::Journal::open(t.path());
    REQUIRE(again.has_value());
    CHECK(anotherProcessSeesTheJournalInUse(t.path()));
    again->reset();
    CHECK(anotherProcessSeesTheJournalInUse(t.path()));
}
