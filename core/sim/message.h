#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core {

/**
 * One sentence of the simulator in English with %1..%9 for its arguments. `context` groups it
 * for translators: the reason code it explains, or "notes", "warnings", "hops", "words".
 * Every template lives in reasontexts.h; the app translates it (QCoreApplication::translate
 * with the same context and source) and substitutes the same arguments.
 */
struct TextTemplate
{
    const char *context = "";
    const char *source = "";
};

struct Phrase;

/** An argument: plain text (an id, an address, a port range) or phrases to be translated. */
struct TextArg
{
    TextArg(std::string value) : text(std::move(value)) {}
    TextArg(std::string_view value) : text(value) {}
    TextArg(const char *value) : text(value) {}
    TextArg(const TextTemplate &word);
    TextArg(std::vector<Phrase> nested);

    std::string text;
    std::vector<Phrase> phrases; //!< when not empty, the argument is these phrases
};

/** A template and its arguments; without a template, the arguments as they are (no words). */
struct Phrase
{
    const TextTemplate *text = nullptr;
    std::vector<TextArg> args;
};

/**
 * A human sentence as data: the phrases it is made of, each a template and its arguments.
 * Core keeps it next to the English string it gives (englishText) so that the app and the
 * CLI can show it in the user's language; the JSON keeps the English string.
 */
struct Message
{
    Message() = default;
    Message(const TextTemplate &text, std::vector<TextArg> args = {});
    /** Text that needs no translation (a host name, an id). */
    static Message literal(std::string text);

    /** Adds a phrase at the end (a further clause of the same sentence). */
    Message &append(const TextTemplate &text, std::vector<TextArg> args = {});
    Message &append(const Message &other);
    bool empty() const { return phrases.empty(); }

    std::vector<Phrase> phrases;
};

/** Replaces %1..%9 in `pattern` by args[0..8]; arguments are not scanned again. */
std::string substituteArgs(std::string_view pattern, const std::vector<std::string> &args);

/** The message in English: the templates' source text with the arguments substituted. */
std::string englishText(const Message &message);
std::string englishText(const std::vector<Phrase> &phrases);

} // namespace mailpath::core

// lupdate reads MP_TEXT as QT_TRANSLATE_NOOP (app/CMakeLists.txt: -tr-function-alias), so
// every template reaches the .ts files without core including a Qt header.
#define MP_TEXT(context, source) ::mailpath::core::TextTemplate{context, source}
