#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

namespace twofold::ui {

namespace {

const QByteArray kRaise = QByteArrayLiteral("raise\n");
const QByteArray kRaised = QByteArrayLiteral("raised\n");

// The journal's one true name: symlinks and .. resolved. A file that does
// not exist yet (the welcome will create it) is named through its folder.
QString canonicalJournalPath(const QString& journalPath) {
    const QFileInfo info(journalPath);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty()) {
        return canonical;
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

enum class Reply { Raised, Silent, Nobody };

// Asks a running window to come to the front. Runs a local event loop, so a
// server in this same thread (the tests) is answered too.
Reply askToRaise(const QString& socketPath, int timeoutMs) {
    QLocalSocket socket;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool nobody = false;
    bool done = false; // quit() before exec() would be lost: errors can come at once
    QByteArray received;
    const auto finish = [&] {
        done = true;
        loop.quit();
    };
    QObject::connect(&timer, &QTimer::timeout, &loop, finish);
    QObject::connect(&socket, &QLocalSocket::connected, &loop, [&] { socket.write(kRaise); });
    QObject::connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        if (received.contains('\n')) {
            finish();
        }
    });
    QObject::connect(&socket, &QLocalSocket::errorOccurred, &loop, [&](QLocalSocket::LocalSocketError error) {
        // No listener: nobody has this journal (a leftover socket file of a
        // window that crashed counts as nobody).
        if (error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError) {
            nobody = true;
        }
        finish();
    });
    timer.start(timeoutMs);
    socket.connectToServer(socketPath);
    if (!done) {
        loop.exec();
    }
    if (received == kRaised) {
        return Reply::Raised;
    }
    return nobody ? Reply::Nobody : Reply::Silent;
}

} // namespace

SingleInstance::SingleInstance(const QString& journalPath, QObject* parent)
    : QObject(parent)
    , m_journalPath(journalPath)
    , m_socketPath(socketPath(journalPath)) {
    // Only this user may connect (the socket file is made 0700-like).
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { answer(socket); });
            if (socket->bytesAvailable() > 0) {
                answer(socket);
            }
        }
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPath(const QString& journalPath) {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty()) {
        folder = QDir::tempPath();
    }
    // The user id is part of the name for the shared temporary folder; the
    // hash keeps the path short (sockets allow ~100 bytes) and says nothing
    // about where the journal lives.
    const QByteArray key = QByteArray::number(::getuid()) + '\0' + canonicalJournalPath(journalPath).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32);
    return QDir(folder).filePath(QStringLiteral("twofold-%1.socket").arg(QString::fromLatin1(hash)));
}

QString SingleInstance::busySentence(const QString& journalPath) {
    return tr("%1 is already open in another Twofold window that is not answering; close that window, or wait a "
              "moment and try again.")
        .arg(QDir::toNativeSeparators(journalPath));
}

SingleInstance::Claim SingleInstance::claim(int timeoutMs) {
    switch (askToRaise(m_socketPath, timeoutMs)) {
    case Reply::Raised:
        return Claim::Raised;
    case Reply::Silent:
        return Claim::Busy;
    case Reply::Nobody:
        break;
    }
    if (m_server.listen(m_socketPath)) {
        return Claim::First;
    }
    if (m_server.serverError() == QAbstractSocket::AddressInUseError) {
        // A socket file with no one listening: left by a window that crashed.
        QLocalServer::removeServer(m_socketPath);
        if (m_server.listen(m_socketPath)) {
            return Claim::First;
        }
    }
    return Claim::Failed;
}

void SingleInstance::answer(QLocalSocket* socket) {
    if (!socket->canReadLine()) {
        return;
    }
    if (socket->readLine(64) == kRaise) {
        Q_EMIT raiseRequested();
        socket->write(kRaised);
        socket->flush();
    }
    socket->disconnectFromServer();
}

} // namespace twofold::ui
