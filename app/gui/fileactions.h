#pragma once

#include "core/io/diagnostics.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QMenu;
class QWidget;

namespace mailpath::app {

class DesignDocument;

/** New / Open / Save / templates / recent files / AWS import, with the user's prompts. */
class FileActions : public QObject
{
    Q_OBJECT

public:
    /** The questions and error messages put to the user (message boxes); tests replace them. */
    struct Prompts
    {
        /** A Yes/No question; true for Yes. */
        std::function<bool(const QString &title, const QString &text)> ask;
        std::function<void(const QString &title, const QString &text)> error;
    };

    FileActions(DesignDocument *document, QWidget *window, QObject *parent = nullptr);

    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }

    /** Asks to save unsaved changes; false when the user cancels. */
    bool maybeSave();
    void newDesign();
    void newFromTemplate(const QString &resourcePath);
    void open();
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    void importSnapshot();
    /**
     * Imports an AWS snapshot folder. Broken files are listed and the rest imported only if
     * the user agrees; on refusal or failure the open design stays as it was.
     */
    bool importFolder(const QString &dir);
    /** Offers the autosaved design of a session that crashed; the recovery file goes either way. */
    void offerRecovery();

    void fillTemplateMenu(QMenu *menu);
    void fillRecentMenu(QMenu *menu);
    static QStringList templatePaths();
    static QString templateTitle(const QString &resourcePath);

signals:
    void message(const QString &text);
    /** What an import reported, for the diagnostics panel; title names the source. */
    /** A snapshot was imported and is now the open design. */
    void imported();
    void diagnosticsReady(const core::Diagnostics &diagnostics, const QString &title);

private:
    void addRecent(const QString &path);

    DesignDocument *m_document;
    QWidget *m_window;
    Prompts m_prompts;
};

} // namespace mailpath::app
