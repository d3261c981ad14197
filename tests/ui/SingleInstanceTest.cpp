#include "SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <unistd.h>

#include <sys/socket.h>
#include <sys/un.h>

using twofold::ui::SingleInstance;

namespace {

using Claim = SingleInstance::Claim;

// A journal path in a fresh folder; the file need not exist.
struct Place {
    QTemporaryDir dir;
    QString journal() const { return dir.filePath(QStringLiteral("our.twofold")); }
};

} // namespace

TEST_CASE("a second start on an open journal brings the first window forward instead of opening another",
          "[ui][instance]") {
    Place place;
    SingleInstance first(place.journal());
    REQUIRE(first.claim() == Claim::First);
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);

    SingleInstance second(place.journal());
    CHECK(second.claim() == Claim::Raised);
    CHECK(raised.count() == 1);
    // And a third start, later, the same.
    SingleInstance third(place.journal());
    CHECK(third.claim() == Claim::Raised);
    CHECK(raised.count() == 2);
}

TEST_CASE("one journal is one instance however its path is spelled; another journal is its own", "[ui][instance]") {
    Place place;
    {
        QFile file(place.journal());
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    REQUIRE(QDir(place.dir.path()).mkdir(QStringLiteral("sub")));
    const QString link = place.dir.filePath(QStringLiteral("link.twofold"));
    REQUIRE(QFile::link(place.journal(), link));
    const QString dotted = place.dir.filePath(QStringLiteral("sub/../our.twofold"));
    CHECK(SingleInstance::socketPath(link) == SingleInstance::socketPath(place.journal()));
    CHECK(SingleInstance::socketPath(dotted) == SingleInstance::socketPath(place.journal()));
    CHECK(SingleInstance::socketPath(place.dir.filePath(QStringLiteral("other.twofold"))) !=
          SingleInstance::socketPath(place.journal()));

    SingleInstance first(place.journal());
    REQUIRE(first.claim() == Claim::First);
    SingleInstance throughLink(link);
    CHECK(throughLink.claim() == Claim::Raised);
    SingleInstance other(place.dir.filePath(QStringLiteral("other.twofold")));
    CHECK(other.claim() == Claim::First);
}

TEST_CASE("the socket left behind by a window that crashed does not stop the next start", "[ui][instance]") {
    Place place;
    const QByteArray path = QFile::encodeName(SingleInstance::socketPath(place.journal()));
    // What a crash leaves: a bound socket file nobody listens on.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    REQUIRE(static_cast<size_t>(path.size()) < sizeof(address.sun_path));
    std::copy(path.begin(), path.end(), address.sun_path);
    ::unlink(path.constData());
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
    ::close(fd);
    REQUIRE(QFile::exists(QString::fromLocal8Bit(path)));

    SingleInstance next(place.journal());
    CHECK(next.claim(1000) == Claim::First);
    SingleInstance after(place.journal());
    CHECK(after.claim() == Claim::Raised);
}

TEST_CASE("a window that holds the journal but does not answer gets one clear sentence", "[ui][instance]") {
    Place place;
    QLocalServer hung; // accepts, never answers
    REQUIRE(hung.listen(SingleInstance::socketPath(place.journal())));
    SingleInstance late(place.journal());
    CHECK(late.claim(300) == Claim::Busy);
    const QString sentence = SingleInstance::busySentence(place.journal());
    CHECK(sentence.contains(place.journal()));
    CHECK(sentence.count(QLatin1Char('.')) == 1 + place.journal().count(QLatin1Char('.')));
}

TEST_CASE("only a line asking to raise the window raises it", "[ui][instance]") {
    Place place;
    SingleInstance first(place.journal());
    REQUIRE(first.claim() == Claim::First);
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    QLocalSocket stranger;
    stranger.connectToServer(SingleInstance::socketPath(place.journal()));
    REQUIRE(stranger.waitForConnected(2000));
    stranger.write("open /etc/passwd\n");
    stranger.flush();
    QTest::qWait(200);
    CHECK(raised.isEmpty());
}

TEST_CASE("the first start on a journal does not wait for an answer nobody can give", "[ui][instance]") {
    Place place;
    SingleInstance first(place.journal());
    QElapsedTimer timer;
    timer.start();
    REQUIRE(first.claim(3000) == Claim::First);
    // Far below the 3 s a second start would wait for a hung window.
    CHECK(timer.elapsed() < 1000);
}
