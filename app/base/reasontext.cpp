#include "reasontext.h"

#include <QStringList>
#include <QTranslator>

#include <atomic>

namespace mailpath::app {

namespace {
std::atomic<const QTranslator *> currentTranslator{nullptr};

std::string localizedPhrases(const std::vector<core::Phrase> &phrases)
{
    std::string out;
    std::vector<std::string> values;
    for (const auto &phrase : phrases) {
        values.clear();
        for (const auto &arg : phrase.args)
            values.push_back(arg.phrases.empty() ? arg.text : localizedPhrases(arg.phrases));
        if (!phrase.text) {
            for (const auto &value : values)
                out += value;
            continue;
        }
        const QString pattern = translateText(phrase.text->context, phrase.text->source);
        out += core::substituteArgs(pattern.toStdString(), values);
    }
    return out;
}
} // namespace

void setTextTranslator(const QTranslator *translator)
{
    currentTranslator = translator;
}

const QTranslator *textTranslator()
{
    return currentTranslator;
}

QString translateText(const char *context, const char *source)
{
    if (const auto *translator = currentTranslator.load()) {
        const QString text = translator->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString localized(const core::Message &message)
{
    return QString::fromStdString(localizedPhrases(message.phrases));
}

QString localized(const core::Message &message, const std::string &english)
{
    return message.empty() ? QString::fromStdString(english) : localized(message);
}

QString detailText(const core::BlockedAt &blocked)
{
    return localized(blocked.detailMessage, blocked.detail);
}

QString fixText(const core::BlockedAt &blocked)
{
    return localized(blocked.fixMessage, blocked.fix);
}

QString noteText(const core::Hop &hop)
{
    return localized(hop.noteMessage, hop.note);
}

namespace {
QStringList texts(const std::vector<core::Message> &messages,
                  const std::vector<std::string> &english)
{
    QStringList out;
    for (size_t i = 0; i < english.size(); ++i)
        out << (i < messages.size() ? localized(messages[i], english[i])
                                    : QString::fromStdString(english[i]));
    return out;
}
} // namespace

QStringList warningTexts(const core::Trace &trace)
{
    return texts(trace.warningMessages, trace.warnings);
}

QStringList noteTexts(const core::Trace &trace)
{
    return texts(trace.noteMessages, trace.notes);
}

QString fixText(const core::BlockerGroup &group)
{
    if (group.fix)
        return localized(group.fix->message());
    return localized(group.fixMessage, group.fixText);
}

} // namespace mailpath::app
