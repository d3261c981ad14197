#include "export/SafeFile.h"

#include "ExportSupport.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace twofold;
namespace safe_file = core::safe_file;

TEST_CASE("safe files are 0600, atomic, and never overwrite unless asked", "[export][files]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    REQUIRE(safe_file::write(path, "first ✨", safe_file::Existing::Refuse));
    CHECK(test::fileMode(path) == 0600u);

    auto refused = safe_file::write(path, "second", safe_file::Existing::Refuse);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == core::ErrorCode::AlreadyExists);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("first ✨"));
    file.close();

    // Replacing gives the new content with 0600, whatever the old mode was.
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    REQUIRE(safe_file::write(path, "third", safe_file::Existing::Replace));
    CHECK(test::fileMode(path) == 0600u);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("third"));

    auto noFolder = safe_file::write(dir.filePath(QStringLiteral("missing/out.txt")), "x", safe_file::Existing::Refuse);
    REQUIRE_FALSE(noFolder.has_value());
    CHECK(noFolder.error().code == core::ErrorCode::NotFound);
    // Only the one file: no temporary file is left behind.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("out.txt")});
}
