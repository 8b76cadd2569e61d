#include "designdocument.h"

#include "app/export/savefile.h"
#include "core/io/designfile.h"
#include "core/layout/autolayout.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace mailpath::app {

DesignDocument::DesignDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool) { emit modifiedChanged(isModified()); });
}

void DesignDocument::replace(core::Design design, const QString &filePath, bool modified)
{
    m_undo.clear();
    core::fillMissingLayout(design); // templates and imports may come without a layout
    // Move-assignment keeps the observers registered on m_design (scene, runner).
    m_design = std::move(design);
    m_design.notifyReset();
    m_filePath = filePath;
    m_dirtyWithoutUndo = modified;
    m_undo.setClean();
    const QString name = QFileInfo(filePath).fileName();
    if (!modified) {
        setBaseline(std::make_shared<const core::Design>(m_design),
                    name.isEmpty() ? tr("the design as opened") : tr("%1 as opened").arg(name));
    } else {
        // A recovered design: the file on disk, if there is one, is what was last saved.
        auto saved = std::make_shared<core::Design>();
        core::InputError ignored;
        const bool read = !filePath.isEmpty()
                          && core::readDesignFile(filePath.toStdString(), *saved, ignored);
        setBaseline(read ? std::move(saved) : nullptr, tr("%1 as saved").arg(name));
    }
    emit filePathChanged(m_filePath);
    emit modifiedChanged(isModified());
}

void DesignDocument::setBaseline(std::shared_ptr<const core::Design> baseline,
                                 const QString &label)
{
    m_baseline = std::move(baseline);
    m_baselineLabel = label;
    emit baselineChanged();
}

bool DesignDocument::open(const QString &path, QString *error)
{
    core::Design loaded;
    core::InputError inputError;
    if (!core::readDesignFile(path.toStdString(), loaded, inputError)) {
        if (error)
            *error = QString::fromStdString(inputError.toString());
        return false;
    }
    replace(std::move(loaded), QFileInfo(path).absoluteFilePath());
    return true;
}

bool DesignDocument::writeCopy(const QString &path, QString *error) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (const QString reason = unwritableReason(shown); !reason.isEmpty()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(shown, reason);
        return false;
    }
    // QSaveFile: a temporary beside the target, renamed over it once every byte is written;
    // a failed write (disk full, no permission) leaves the previous file as it was.
    const std::string text = core::serializeDesign(m_design);
    QSaveFile file(path);
    QString reason;
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        reason = file.errorString();
        file.cancelWriting();
    } else if (commitSaveFile(file, &reason)) {
        return true;
    }
    if (error)
        *error = tr("Cannot write %1: %2").arg(shown, reason);
    return false;
}

bool DesignDocument::saveAs(const QString &path, QString *error)
{
    if (!writeCopy(path, error))
        return false;
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_dirtyWithoutUndo = false;
    m_undo.setClean();
    setBaseline(std::make_shared<const core::Design>(m_design),
                tr("%1 as saved").arg(QFileInfo(path).fileName()));
    emit filePathChanged(m_filePath);
    emit modifiedChanged(false);
    return true;
}

} // namespace mailpath::app
