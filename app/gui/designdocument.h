#pragma once

#include "core/model/design.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>

namespace mailpath::app {

/** The open design, its file and its undo history. */
class DesignDocument : public QObject
{
    Q_OBJECT

public:
    explicit DesignDocument(QObject *parent = nullptr);

    core::Design &design() { return m_design; }
    const core::Design &design() const { return m_design; }
    QUndoStack *undoStack() { return &m_undo; }
    QString filePath() const { return m_filePath; }
    bool isModified() const { return !m_undo.isClean() || m_dirtyWithoutUndo; }

    /** Replaces the design (new, template, import, recovery); clears the history. */
    void replace(core::Design design, const QString &filePath, bool modified = false);
    /** Reads a native file; on failure the open design stays untouched. */
    bool open(const QString &path, QString *error);
    /** Saves atomically; on success the file becomes the document's file. */
    bool saveAs(const QString &path, QString *error);
    /** Writes a copy without changing the document's file or modified state. */
    bool writeCopy(const QString &path, QString *error) const;

    /**
     * The design as last saved or opened (what "Compare with Saved" compares with): read back
     * from its file on first use, a copy only for a design that has no file (an import).
     */
    std::shared_ptr<const core::Design> baseline() const;
    /** Says what the baseline is, e.g. "s1.mailpath.json as saved". */
    QString baselineLabel() const { return m_baselineLabel; }

signals:
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void baselineChanged();

private:
    void setBaseline(std::shared_ptr<const core::Design> baseline, const QString &label);
    void setBaseline(const QString &savedFile, const QString &label);

    core::Design m_design;
    mutable std::shared_ptr<const core::Design> m_baseline;
    mutable QString m_baselinePath; //!< read into m_baseline on first use
    QString m_baselineLabel;
    QUndoStack m_undo;
    QString m_filePath;
    bool m_dirtyWithoutUndo = false;
};

} // namespace mailpath::app
