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
    if (!filePath.isEmpty()) // read back when first compared: most sessions never compare
        setBaseline(filePath, modified ? tr("%1 as saved").arg(name) : tr("%1 as opened").arg(name));
    else if (!modified) // a template or an import: nothing on disk to read back
        setBaseline(std::make_shared<const core::Design>(m_design), tr("the design as opened"));
    else
        setBaseline(std::shared_ptr<const core::Design>(), tr("the design as opened"));
    emit filePathChanged(m_filePath);
    emit modifiedChanged(isModified());
}

void DesignDocument::setBaseline(std::shared_ptr<const core::Design> baseline,
                                 const QString &label)
{
    m_baseline = std::move(baseline);
    m_baselinePath.clear();
    m_baselineLabel = label;
    emit baselineChanged();
}

void DesignDocument::setBaseline(const QString &savedFile, const QString &label)
{
    m_baseline.reset();
    m_baselinePath = savedFile;
    m_baselineLabel = label;
    emit baselineChanged();
}

std::shared_ptr<const core::Design> DesignDocument::baseline() const
{
    if (!m_baseline && !m_baselinePath.isEmpty()) {
        auto saved = std::make_shared<core::Design>();
        core::InputError ignored;
        if (core::readDesignFile(m_baselinePath.toStdString(), *saved, ignored)) {
            core::fillMissingLayout(*saved);
            m_baseline = std::move(saved);
        }
        m_baselinePath.clear(); // read once, even when it failed
    }
    return m_baseline;
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
    setBaseline(m_filePath, tr("%1 as saved").arg(QFileInfo(path).fileName()));
    emit filePathChanged(m_filePath);
    emit modifiedChanged(false);
    return true;
}

} // namespace mailpath::app
