#include "search/QueryTranslator.h"

#include "search/TextSegmenter.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace twofold::core::search {

namespace {

struct Token {
    enum class Kind { Word, Phrase, And, Or, Not, Open, Close, End } kind = Kind::End;
    QString text;
    bool prefix = false;
};

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message);
}

bool isSpace(QChar c) {
    return c.isSpace();
}

Result<std::vector<Token>> lex(const QString& query) {
    std::vector<Token> tokens;
    const qsizetype n = query.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = query.at(i);
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('(')) {
            tokens.push_back({Token::Kind::Open, {}, false});
            ++i;
            continue;
        }
        if (c == QLatin1Char(')')) {
            tokens.push_back({Token::Kind::Close, {}, false});
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            const qsizetype close = query.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0) {
                return invalid(QCoreApplication::translate(
                    "QueryTranslator", "The search has an opening quote \" without a closing one."));
            }
            Token t{Token::Kind::Phrase, query.mid(i + 1, close - i - 1), false};
            i = close + 1;
            while (i < n && query.at(i) == QLatin1Char('*')) {
                t.prefix = true;
                ++i;
            }
            if (t.text.trimmed().isEmpty()) {
                return invalid(QCoreApplication::translate(
                    "QueryTranslator", "The search has an empty phrase \"\"; put words between the quotes."));
            }
            tokens.push_back(std::move(t));
            continue;
        }
        qsizetype end = i;
        while (end < n && !isSpace(query.at(end)) && query.at(end) != QLatin1Char('"') &&
               query.at(end) != QLatin1Char('(') && query.at(end) != QLatin1Char(')')) {
            ++end;
        }
        QString word = query.mid(i, end - i);
        i = end;
        if (word == QLatin1String("AND")) {
            tokens.push_back({Token::Kind::And, word, false});
            continue;
        }
        if (word == QLatin1String("OR")) {
            tokens.push_back({Token::Kind::Or, word, false});
            continue;
        }
        if (word == QLatin1String("NOT")) {
            tokens.push_back({Token::Kind::Not, word, false});
            continue;
        }
        Token t{Token::Kind::Word, {}, false};
        while (word.endsWith(QLatin1Char('*'))) {
            word.chop(1);
            t.prefix = true;
        }
        if (word.isEmpty()) {
            return invalid(
                QCoreApplication::translate("QueryTranslator", "A * goes at the end of a word, as in walk*."));
        }
        t.text = word;
        tokens.push_back(std::move(t));
    }
    tokens.push_back({Token::Kind::End, {}, false});
    return tokens;
}

// True when the tokenizer would find at least one token in the text.
bool hasSearchableText(const QString& text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse) {
            return true;
        }
    }
    return false;
}

// Recursive descent over the tokens. Each parse function returns the FTS5
// text of its part, or nullopt when the part has nothing searchable (and so
// drops out of the expression).
class Parser {
public:
    explicit Parser(std::vector<Token> tokens)
        : m_tokens(std::move(tokens)) {}

    Result<QString> run() {
        auto expr = parseOr();
        if (!m_error && peek().kind == Token::Kind::Close) {
            fail(QCoreApplication::translate("QueryTranslator",
                                             "The search has a closing parenthesis ) without an opening one."));
        }
        if (m_error) {
            return *m_error;
        }
        if (!expr) {
            return invalid(QCoreApplication::translate(
                "QueryTranslator", "The search has no words to look for (punctuation and emoji are not "
                                   "searchable)."));
        }
        return *expr;
    }

private:
    using Part = std::optional<QString>;

    const Token& peek() const { return m_tokens[m_pos]; }
    const Token& next() { return m_tokens[m_pos++]; }

    void fail(const QString& message) {
        if (!m_error) {
            m_error = invalid(message);
        }
    }

    static bool startsOperand(Token::Kind kind) {
        return kind == Token::Kind::Word || kind == Token::Kind::Phrase || kind == Token::Kind::Open;
    }

    static Part combine(const Part& left, const char* op, const Part& right) {
        if (left && right) {
            return QStringLiteral("(%1 %2 %3)").arg(*left, QLatin1String(op), *right);
        }
        return left ? left : right;
    }

    Part parseOr() {
        Part left = parseAnd();
        while (!m_error && peek().kind == Token::Kind::Or) {
            next();
            requireOperand(QStringLiteral("OR"));
            Part right = parseAnd();
            left = combine(left, "OR", right);
        }
        return left;
    }

    Part parseAnd() {
        Part left = parseNot();
        while (!m_error) {
            if (peek().kind == Token::Kind::And) {
                next();
                requireOperand(QStringLiteral("AND"));
            } else if (!startsOperand(peek().kind)) {
                break;
            }
            Part right = parseNot();
            left = combine(left, "AND", right);
        }
        return left;
    }

    Part parseNot() {
        Part left = parsePrimary();
        while (!m_error && peek().kind == Token::Kind::Not) {
            next();
            requireOperand(QStringLiteral("NOT"));
            Part right = parsePrimary();
            if (m_error) {
                break;
            }
            if (!left) {
                fail(QCoreApplication::translate(
                    "QueryTranslator", "NOT needs something to search for before it, as in: coffee NOT tea."));
                break;
            }
            if (right) {
                left = QStringLiteral("(%1 NOT %2)").arg(*left, *right);
            }
        }
        return left;
    }

    void requireOperand(const QString& op) {
        if (!m_error && !startsOperand(peek().kind)) {
            fail(QCoreApplication::translate("QueryTranslator", "%1 needs a word on each side, as in: tea %1 coffee.")
                     .arg(op));
        }
    }

    Part parsePrimary() {
        if (m_error) {
            return std::nullopt;
        }
        const Token& t = peek();
        switch (t.kind) {
        case Token::Kind::Word:
        case Token::Kind::Phrase:
            next();
            return term(t);
        case Token::Kind::Open: {
            next();
            if (peek().kind == Token::Kind::Close) {
                fail(QCoreApplication::translate("QueryTranslator", "The search has empty parentheses ()."));
                return std::nullopt;
            }
            ++m_depth;
            if (m_depth > 32) {
                fail(QCoreApplication::translate("QueryTranslator", "The search has too many nested parentheses."));
                return std::nullopt;
            }
            Part inner = parseOr();
            --m_depth;
            if (m_error) {
                return std::nullopt;
            }
            if (peek().kind != Token::Kind::Close) {
                fail(QCoreApplication::translate("QueryTranslator",
                                                 "The search has an opening parenthesis ( without a closing one."));
                return std::nullopt;
            }
            next();
            return inner;
        }
        case Token::Kind::And:
        case Token::Kind::Or:
            fail(QCoreApplication::translate("QueryTranslator", "%1 needs a word on each side, as in: tea %1 coffee.")
                     .arg(t.text));
            return std::nullopt;
        case Token::Kind::Not:
            fail(QCoreApplication::translate("QueryTranslator",
                                             "NOT needs something to search for before it, as in: coffee NOT tea."));
            return std::nullopt;
        case Token::Kind::Close:
            fail(QCoreApplication::translate("QueryTranslator",
                                             "The search has a closing parenthesis ) without an opening one."));
            return std::nullopt;
        case Token::Kind::End:
            fail(QCoreApplication::translate("QueryTranslator", "The search ends where a word is missing."));
            return std::nullopt;
        }
        return std::nullopt;
    }

    Part term(const Token& t) {
        if (++m_terms > kMaxQueryTerms) {
            fail(QCoreApplication::translate("QueryTranslator", "A search can have at most %1 words.")
                     .arg(kMaxQueryTerms));
            return std::nullopt;
        }
        if (!hasSearchableText(t.text)) {
            return std::nullopt;
        }
        // An FTS5 string: quotes doubled (a phrase cannot hold one, but a
        // word could in the future), everything else literal.
        QString quoted = segmentForIndex(t.text);
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"') + (t.prefix ? QStringLiteral("*") : QString());
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    int m_depth = 0;
    int m_terms = 0;
    std::optional<Error> m_error;
};

} // namespace

Result<QString> translateQuery(const QString& query) {
    if (query.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate("QueryTranslator", "Type something to search for."));
    }
    if (query.size() > kMaxQueryChars) {
        return invalid(
            QCoreApplication::translate("QueryTranslator", "A search is at most %1 characters.").arg(kMaxQueryChars));
    }
    auto tokens = lex(query);
    if (!tokens) {
        return tokens.error();
    }
    return Parser(std::move(*tokens)).run();
}

} // namespace twofold::core::search
