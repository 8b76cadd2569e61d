#include "message.h"

namespace mailpath::core {

TextArg::TextArg(const TextTemplate &word)
    : phrases{Phrase{&word, {}}}
{}

TextArg::TextArg(std::vector<Phrase> nested)
    : phrases(std::move(nested))
{}

Message::Message(const TextTemplate &text, std::vector<TextArg> args)
{
    phrases.push_back(Phrase{&text, std::move(args)});
}

Message Message::literal(std::string text)
{
    Message message;
    message.phrases.push_back(Phrase{nullptr, {TextArg(std::move(text))}});
    return message;
}

Message &Message::append(const TextTemplate &text, std::vector<TextArg> args)
{
    phrases.push_back(Phrase{&text, std::move(args)});
    return *this;
}

Message &Message::append(const Message &other)
{
    phrases.insert(phrases.end(), other.phrases.begin(), other.phrases.end());
    return *this;
}

std::string substituteArgs(std::string_view pattern, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const size_t n = size_t(pattern[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

namespace {

void appendEnglish(std::string &out, const std::vector<Phrase> &phrases);

void appendArg(std::string &out, const TextArg &arg)
{
    if (arg.phrases.empty())
        out += arg.text;
    else
        appendEnglish(out, arg.phrases);
}

// substituteArgs with each argument written straight into `out`: no copies of the arguments.
void appendEnglish(std::string &out, const std::vector<Phrase> &phrases)
{
    for (const auto &phrase : phrases) {
        if (!phrase.text) {
            for (const auto &arg : phrase.args)
                appendArg(out, arg);
            continue;
        }
        const std::string_view pattern = phrase.text->source;
        size_t done = 0;
        for (size_t i = 0; i + 1 < pattern.size(); ++i) {
            if (pattern[i] != '%' || pattern[i + 1] < '1' || pattern[i + 1] > '9')
                continue;
            const size_t n = size_t(pattern[i + 1] - '1');
            if (n >= phrase.args.size())
                continue;
            out.append(pattern.substr(done, i - done));
            appendArg(out, phrase.args[n]);
            done = ++i + 1;
        }
        out.append(pattern.substr(done));
    }
}

} // namespace

std::string englishText(const std::vector<Phrase> &phrases)
{
    std::string out;
    appendEnglish(out, phrases);
    return out;
}

std::string englishText(const Message &message)
{
    return englishText(message.phrases);
}

} // namespace mailpath::core
