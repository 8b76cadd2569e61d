#include "language.h"

#include "appresources.h"
#include "reasontext.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mailpath::app {

namespace {
/**
 * Our catalogue. Helpers such as palette builders call tr() outside a class through a wrapper
 * with a fixed context; lupdate files those under the enclosing namespace instead, so a miss
 * is looked up there too.
 */
class MailPathTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        QString text = QTranslator::translate(context, source, disambiguation, n);
        for (const char *other : {"mailpath::app", "mailpath::app::factory", "QObject"}) {
            if (!text.isEmpty())
                break;
            text = QTranslator::translate(other, source, disambiguation, n);
        }
        return text;
    }
};

struct Translations
{
    MailPathTranslator mailpath; //!< our texts: the simulator's sentences and every tr()
    QTranslator qt;       //!< Qt's own (standard buttons and dialogs), when installed
    QString language = QStringLiteral("en");
    bool installed = false;
};

Translations &state()
{
    static Translations *translations = new Translations; // outlives every QCoreApplication
    return *translations;
}

void uninstall(Translations &t)
{
    if (t.installed && QCoreApplication::instance()) {
        QCoreApplication::removeTranslator(&t.mailpath);
        QCoreApplication::removeTranslator(&t.qt);
    }
    t.installed = false;
}
} // namespace

bool isLanguageChoice(const QString &choice)
{
    const QString c = choice.trimmed().toLower();
    return c.isEmpty() || c == QLatin1String("auto") || c.startsWith(QLatin1String("ja"))
           || c.startsWith(QLatin1String("en")) || c == QLatin1String("c")
           || c == QLatin1String("posix");
}

QString systemLanguage()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value.startsWith(QLatin1String("ja")) ? QStringLiteral("ja")
                                                          : QStringLiteral("en");
    }
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                             : QStringLiteral("en");
}

QString resolveLanguage(const QString &choice)
{
    const QString c = choice.trimmed().toLower();
    if (c.isEmpty() || c == QLatin1String("auto"))
        return systemLanguage();
    return c.startsWith(QLatin1String("ja")) ? QStringLiteral("ja") : QStringLiteral("en");
}

bool applyLanguage(const QString &language)
{
    initResources();
    auto &t = state();
    uninstall(t);
    setTextTranslator(nullptr);
    t.language = QStringLiteral("en");
    if (language != QLatin1String("ja"))
        return language == QLatin1String("en");
    if (!t.mailpath.load(QStringLiteral(":/i18n/mailpath_ja.qm")))
        return false;
    if (!t.qt.load(QStringLiteral("qtbase_ja"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        (void) t.qt.load(QStringLiteral("qt_ja"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    t.language = language;
    setTextTranslator(&t.mailpath);
    installCurrentLanguage();
    return true;
}

QString currentLanguage()
{
    return state().language;
}

void installCurrentLanguage()
{
    auto &t = state();
    if (t.installed || t.language == QLatin1String("en") || !QCoreApplication::instance())
        return;
    QCoreApplication::installTranslator(&t.qt);
    QCoreApplication::installTranslator(&t.mailpath);
    t.installed = true;
}

ScopedLanguage::ScopedLanguage(const QString &language)
    : m_previous(currentLanguage())
{
    const QString wanted = language.isEmpty() ? m_previous : resolveLanguage(language);
    if (wanted != m_previous) {
        applyLanguage(wanted);
        m_changed = true;
    }
}

ScopedLanguage::~ScopedLanguage()
{
    if (m_changed)
        applyLanguage(m_previous);
}

} // namespace mailpath::app
