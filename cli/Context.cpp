#include "Context.h"

#include "AppInfo.h"
#include "journal/Journal.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace twofold::cli {

using core::ErrorCode;
using core::makeError;

Context::Context(ParsedArgs args, QTextStream& out, QTextStream& err, QIODevice& in)
    : m_args(std::move(args))
    , m_out(out)
    , m_err(err)
    , m_in(in) {}

Context::~Context() {
    if (m_passphrase) {
        std::fill(m_passphrase->begin(), m_passphrase->end(), '\0');
    }
}

QString Context::journalPath() const {
    return m_args.value(QStringLiteral("journal")).value_or(core::defaultJournalPath());
}

core::Result<core::Journal*> Context::openJournal() {
    if (!m_journal) {
        auto opened = core::Journal::open(journalPath());
        if (!opened) {
            return opened.error();
        }
        m_journal = std::move(*opened);
    }
    return m_journal.get();
}

core::Result<core::Journal*> Context::openUnlocked(bool requireActing) {
    auto journal = openJournal();
    if (!journal) {
        return journal.error();
    }
    core::Journal& j = **journal;
    if (j.isUnlocked()) {
        return &j;
    }
    QString as = m_args.value(QStringLiteral("as")).value_or(qEnvironmentVariable("TWOFOLD_PARTNER"));
    if (as.isEmpty() && j.partners().size() == 1) {
        as = j.partners().front().id;
    }
    if (as.isEmpty()) {
        if (requireActing) {
            return makeError(ErrorCode::Forbidden,
                             QCoreApplication::translate(
                                 "Context", "Say which partner you are with --as NAME (or TWOFOLD_PARTNER)."));
        }
        if (auto reader = j.unlockReader(); !reader) {
            return reader.error();
        }
        return &j;
    }
    const auto partner = j.findPartner(as);
    if (!partner) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("Context", "There is no partner called %1 in this journal.").arg(as));
    }
    QByteArray secret;
    if (partner->isProtected) {
        auto read = passphrase();
        if (!read) {
            return read.error();
        }
        secret = *read;
    }
    auto unlocked = j.unlock(partner->id, secret);
    std::fill(secret.begin(), secret.end(), '\0');
    if (!unlocked) {
        return unlocked.error();
    }
    return &j;
}

core::Result<QByteArray> Context::readAllFrom(const QString& pathOrDash) {
    if (pathOrDash == QLatin1String("-")) {
        if (m_stdinUsed) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("Context", "Standard input can be read only once."));
        }
        m_stdinUsed = true;
        return m_in.readAll();
    }
    QFile file(pathOrDash);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Context", "%1 cannot be read: %2.").arg(pathOrDash, file.errorString()));
    }
    return file.readAll();
}

core::Result<QList<QByteArray>> Context::passphraseLines(const QString& option) {
    QByteArray all;
    if (const auto file = m_args.value(option)) {
        auto read = readAllFrom(*file);
        if (!read) {
            return read.error();
        }
        all = *read;
    } else if (option == QLatin1String("passphrase-file") && qEnvironmentVariableIsSet("TWOFOLD_PASSPHRASE")) {
        all = qgetenv("TWOFOLD_PASSPHRASE");
    } else {
        return QList<QByteArray>{};
    }
    QList<QByteArray> lines = all.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    std::fill(all.begin(), all.end(), '\0');
    return lines;
}

core::Result<QByteArray> Context::passphrase() {
    if (!m_passphrase) {
        auto lines = passphraseLines(QStringLiteral("passphrase-file"));
        if (!lines) {
            return lines.error();
        }
        m_passphrase = lines->isEmpty() ? QByteArray() : lines->constFirst();
        for (QByteArray& line : *lines) {
            std::fill(line.begin(), line.end(), '\0');
        }
    }
    return *m_passphrase;
}

core::Result<QString> Context::readUtf8File(const QString& path) {
    auto bytes = readAllFrom(path);
    if (!bytes) {
        return bytes.error();
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(*bytes);
    if (decoder.hasError()) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Context", "%1 is not UTF-8 text.")
                .arg(path == QLatin1String("-") ? QCoreApplication::translate("Context", "Standard input") : path));
    }
    if (text.startsWith(QChar(0xfeff))) {
        text.remove(0, 1);
    }
    return text;
}

core::Result<QString> Context::text() {
    if (const auto t = m_args.value(QStringLiteral("text"))) {
        return *t;
    }
    return readUtf8File(m_args.value(QStringLiteral("file")).value_or(QStringLiteral("-")));
}

void Context::printJson(const QJsonValue& value) {
    QJsonDocument doc;
    if (value.isArray()) {
        doc = QJsonDocument(value.toArray());
        m_out << doc.toJson(QJsonDocument::Indented);
    } else if (value.isObject()) {
        doc = QJsonDocument(value.toObject());
        m_out << doc.toJson(QJsonDocument::Indented);
    } else if (value.isNull() || value.isUndefined()) {
        m_out << "null\n";
    } else {
        // A bare scalar: wrap and unwrap through an array to reuse Qt's escaping.
        QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        m_out << text.mid(1, text.size() - 2) << '\n';
    }
    m_out.flush();
}

void Context::println(const QString& line) {
    m_out << line << '\n';
}

int Context::fail(const core::Error& error) {
    m_out.flush();
    QString message = error.message.simplified();
    m_err << "twofold-cli: " << message << '\n';
    m_err.flush();
    return core::isOpenError(error.code) ? kExitCannotOpen : kExitRefused;
}

void Context::warn(const QString& message) {
    m_out.flush();
    m_err << "twofold-cli: " << QCoreApplication::translate("Context", "warning: %1").arg(message) << '\n';
    m_err.flush();
}

int Context::usage(const QString& message) {
    m_out.flush();
    m_err << "twofold-cli: " << message << '\n'
          << QCoreApplication::translate("Context", "Try 'twofold-cli --help'.") << '\n';
    m_err.flush();
    return kExitUsage;
}

bool Context::parseDate(const QString& option, std::optional<QDate>& out, int& exitCode) {
    const auto value = m_args.value(option);
    if (!value) {
        return true;
    }
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(*value).hasMatch()) {
        exitCode = usage(
            QCoreApplication::translate("Context", "--%1 takes a date as YYYY-MM-DD, not '%2'.").arg(option, *value));
        return false;
    }
    const QDate date = QDate::fromString(*value, Qt::ISODate);
    if (!date.isValid()) {
        exitCode = fail(makeError(ErrorCode::InvalidArgument,
                                  QCoreApplication::translate("Context", "The day %1 does not exist.").arg(*value)));
        return false;
    }
    out = date;
    return true;
}

bool Context::parseInt(const QString& option, int min, int max, std::optional<int>& out, int& exitCode) {
    const auto value = m_args.value(option);
    if (!value) {
        return true;
    }
    bool ok = false;
    const int number = value->toInt(&ok);
    if (!ok) {
        exitCode =
            usage(QCoreApplication::translate("Context", "--%1 takes a whole number, not '%2'.").arg(option, *value));
        return false;
    }
    if (number < min || number > max) {
        exitCode = fail(makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Context", "--%1 must be from %2 to %3.").arg(option).arg(min).arg(max)));
        return false;
    }
    out = number;
    return true;
}

} // namespace twofold::cli
