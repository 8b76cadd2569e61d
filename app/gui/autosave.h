#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace mailpath::app {

class DesignDocument;

/**
 * Writes the open design to a recovery file every minute while it has unsaved changes, and
 * removes it on a clean exit; a recovery file found at start-up means the last session crashed.
 */
class Autosave : public QObject
{
    Q_OBJECT

public:
    explicit Autosave(DesignDocument *document, QObject *parent = nullptr);

    static QString recoveryPath();
    /** The file the recovered design was last saved as ("" when never saved). */
    static QString recoveredOriginalPath();
    static bool hasRecovery();
    void saveNow();
    void discard();

private:
    DesignDocument *m_document;
    QTimer m_timer;
};

} // namespace mailpath::app
