#include "app/gui/fileactions.h"
#include "app/gui/languagemenu.h"
#include "app/gui/mainwindow.h"
#include "app/gui/startupprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    // --version must work without a display (packaging checks run it headless).
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("mailpath %s\n", MAILPATH_VERSION);
            return 0;
        }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MailPath"));
    QApplication::setOrganizationName(QStringLiteral("MailPath"));
    QApplication::setApplicationVersion(QStringLiteral(MAILPATH_VERSION));
    // Wayland and the desktop shell match the window to the installed .desktop file and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.mailpath.MailPath"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mailpath.svg")));
    mailpath::app::applyStartupLanguage(); // the setting, else the system locale

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulates SMTP flows and their replies hop by hop through AWS networks."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral("A MailPath design (*.mailpath.json) to open, or an AWS snapshot folder "
                       "(describe-* JSON) to import."));
    parser.process(app);

    mailpath::app::MainWindow window;
    mailpath::app::StartupProbe::installIfRequested(&window);
    window.show();
    const QStringList files = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&window, files] {
        window.fileActions()->openAtStartup(files.value(0));
    });
    return app.exec();
}
