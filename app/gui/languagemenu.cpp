#include "languagemenu.h"

#include "app/base/language.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace mailpath::app {

void addLanguageMenu(QMenu *parent, QWidget *window)
{
    QMenu *menu = parent->addMenu(QObject::tr("&Language"));
    auto *group = new QActionGroup(menu);
    const QString stored =
        QSettings().value(QLatin1String(languageSettingKey), QStringLiteral("auto")).toString();
    // Each language names itself, so a user who cannot read the current one finds theirs.
    const struct
    {
        QString code;
        QString label;
    } choices[] = {{QStringLiteral("auto"), QObject::tr("Automatic (system language)")},
                   {QStringLiteral("en"), QStringLiteral("English")},
                   {QStringLiteral("ja"), QStringLiteral("日本語")}};
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.label);
        action->setCheckable(true);
        action->setChecked(stored == choice.code);
        action->setData(choice.code);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, window, [window, code = choice.code] {
            QSettings().setValue(QLatin1String(languageSettingKey), code);
            if (resolveLanguage(code) == currentLanguage())
                return;
            QMessageBox::information(window, QObject::tr("Language"),
                                     QObject::tr("MailPath uses the new language from its next "
                                                 "start.\nMailPath は次回の起動から新しい言語で"
                                                 "表示されます。"));
        });
    }
}

void applyStartupLanguage()
{
    const QString stored =
        QSettings().value(QLatin1String(languageSettingKey), QStringLiteral("auto")).toString();
    applyLanguage(resolveLanguage(stored));
}

} // namespace mailpath::app
