#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace mailpath::app {

class DesignDocument;

/** New / Open / Save / templates / recent files / AWS import, with the user's prompts. */
class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(DesignDocument *document, QWidget *window, QObject *parent = nullptr);

    /** Asks to save unsaved changes; false when the user cancels. */
    bool maybeSave();
    void newDesign();
    void newFromTemplate(const QString &resourcePath);
    void open();
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    void importSnapshot();
    void offerRecovery();

    void fillTemplateMenu(QMenu *menu);
    void fillRecentMenu(QMenu *menu);
    static QStringList templatePaths();
    static QString templateTitle(const QString &resourcePath);

signals:
    void message(const QString &text);

private:
    void addRecent(const QString &path);

    DesignDocument *m_document;
    QWidget *m_window;
};

} // namespace mailpath::app
