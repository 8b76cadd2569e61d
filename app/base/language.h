#pragma once

#include <QString>

namespace mailpath::app {

/**
 * The languages MailPath speaks: "en" (the source texts) and "ja". The interface follows the
 * system locale unless the setting (GUI) or --lang (CLI) overrides it; exports and reports
 * take the language chosen in the export dialog or by --lang.
 */

/** "ja" or "en" for a choice: "ja", "ja_JP.UTF-8", "en"...; "" or "auto" follows the system. */
QString resolveLanguage(const QString &choice);
/** The system's language: LC_ALL, LC_MESSAGES, LANG (as POSIX tools read them), else QLocale. */
QString systemLanguage();
/** Whether resolveLanguage accepts the value as a language (for --lang checks). */
bool isLanguageChoice(const QString &choice);

/**
 * Makes `language` current for the simulator's sentences and for tr(): loads its translation
 * (compiled in) and installs it into the application when one exists. False when the
 * translation cannot be loaded (the texts then stay English).
 */
bool applyLanguage(const QString &language);
QString currentLanguage();

/** Installs the current translation into a QCoreApplication created after applyLanguage. */
void installCurrentLanguage();

/** The settings key of the GUI's language override ("auto", "en", "ja"). */
inline constexpr const char *languageSettingKey = "interface/language";

/** Switches to another language for a scope (an export in the design's language). */
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QString m_previous;
    bool m_changed = false;
};

} // namespace mailpath::app
