#pragma once

// The one place where the simulator's sentences become text for people: every reason code's
// detail and fix, notes, warnings and hop notes (core/sim/reasontexts.h holds the templates).
// Core returns the code with its parameters as a core::Message; these functions translate each
// template in the chosen language and substitute the parameters. With no translation loaded
// (English), the result is byte for byte the English string core gives to the JSON.

#include "core/sim/blockers.h"
#include "core/sim/trace.h"

#include <QString>
#include <QStringList>

class QTranslator;

namespace mailpath::app {

/** The message in the current language (see setTextTranslator). */
QString localized(const core::Message &message);
/** As localized(message); the English string when the message is empty (older producers). */
QString localized(const core::Message &message, const std::string &english);

QString detailText(const core::BlockedAt &blocked);
QString fixText(const core::BlockedAt &blocked);
QString noteText(const core::Hop &hop);
QStringList warningTexts(const core::Trace &trace);
QStringList noteTexts(const core::Trace &trace);
/** A blocker group's fix: the model edit when there is one, else the simulator's sentence. */
QString fixText(const core::BlockerGroup &group);

/**
 * The translations every sentence comes from; null for English. Neither the GUI nor the CLI
 * needs a QCoreApplication for this: the CLI sets it from --lang / LANG, the GUI from its
 * language setting. Not owned; set before simulating on other threads.
 */
void setTextTranslator(const QTranslator *translator);
const QTranslator *textTranslator();

/** One template of the text catalogue (or a tr() string of the CLI) in the current language. */
QString translateText(const char *context, const char *source);

} // namespace mailpath::app
