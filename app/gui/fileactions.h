#pragma once

#include "core/io/diagnostics.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QMenu;
class QWidget;

namespace mailpath::app {

class Autosave;
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
    void importCode();
    /**
     * Opens a Terraform plan/state or a CloudFormation template as a new, unsaved design
     * laid out like an AWS import; on failure the open design stays as it was.
     */
    bool importCodeFile(const QString &path);
    /** Terraform JSON or a CloudFormation template, by content. */
    static bool isCodeSource(const QString &path);
    /**
     * Offers the autosaved changes of a session that crashed: with fileToOpen those to that
     * file, otherwise the newest. Yes recovers them (the recovery file stays until they are
     * saved or discarded), No removes the recovery file. True when fileToOpen was recovered.
     */
    bool offerRecovery(const QString &fileToOpen = {});
    /** The command line: recovery first, then the file or folder unless its edits came back. */
    void openAtStartup(const QString &file);
    /** The window's autosave, which takes over a recovered file. */
    void setAutosave(Autosave *autosave) { m_autosave = autosave; }

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
    Autosave *m_autosave = nullptr;
};

} // namespace mailpath::app
