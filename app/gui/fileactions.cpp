#include "fileactions.h"

#include "autosave.h"
#include "app/gui/appresources.h"
#include "designdocument.h"

#include "core/io/designfile.h"
#include "core/io/source.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace mailpath::app {

namespace {

constexpr int maxRecent = 8;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

/** Reads a native design from a Qt resource or file path; false with a message on error. */
bool readDesign(const QString &path, core::Design &out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    nlohmann::json json;
    core::InputError inputError;
    const std::string name = path.toStdString();
    if (!core::parseJsonText(std::string_view(bytes.constData(), size_t(bytes.size())), name, json,
                             inputError)
        || !core::designFromJson(json, name, out, inputError)) {
        *error = qs(inputError.toString());
        return false;
    }
    return true;
}

} // namespace

FileActions::FileActions(DesignDocument *document, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_window(window)
{}

bool FileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"), tr("The design has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void FileActions::newDesign()
{
    if (!maybeSave())
        return;
    core::Design design;
    design.name = tr("Untitled").toStdString();
    m_document->replace(std::move(design), {});
}

QStringList FileActions::templatePaths()
{
    initResources();
    QStringList paths;
    const QDir dir(QStringLiteral(":/templates"));
    for (const auto &name : dir.entryList({QStringLiteral("*.mailpath.json")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

QString FileActions::templateTitle(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (file.open(QIODevice::ReadOnly)) {
        const auto json = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
        if (json.is_object() && json.contains("name") && json["name"].is_string())
            return qs(json["name"].get<std::string>());
    }
    return QFileInfo(resourcePath).fileName().remove(QStringLiteral(".mailpath.json"));
}

void FileActions::fillTemplateMenu(QMenu *menu)
{
    menu->clear();
    const auto paths = templatePaths();
    for (const auto &path : paths)
        menu->addAction(templateTitle(path), this, [this, path] { newFromTemplate(path); });
    if (paths.isEmpty())
        menu->addAction(tr("(no templates)"))->setEnabled(false);
}

void FileActions::newFromTemplate(const QString &resourcePath)
{
    if (!maybeSave())
        return;
    core::Design design;
    QString error;
    if (!readDesign(resourcePath, design, &error)) {
        QMessageBox::critical(m_window, tr("Template"), error);
        return;
    }
    m_document->replace(std::move(design), {}); // a template is a new, unsaved design
    emit message(tr("New design from template %1").arg(templateTitle(resourcePath)));
}

void FileActions::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open design"), QSettings().value("lastDir").toString(),
        tr("MailPath designs (*.mailpath.json);;JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool FileActions::openFile(const QString &path)
{
    QString error;
    if (!m_document->open(path, &error)) {
        // The open design stays as it was.
        QMessageBox::critical(m_window, tr("Cannot open design"),
                              tr("%1 could not be opened; nothing was changed.\n\n%2")
                                  .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    addRecent(m_document->filePath());
    emit message(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileActions::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->saveAs(m_document->filePath(), &error)) {
        QMessageBox::critical(m_window, tr("Cannot save"), error);
        return false;
    }
    QFile::remove(Autosave::recoveryPath()); // saved: nothing left to recover
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool FileActions::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save design"),
                                                QSettings().value("lastDir").toString(),
                                                tr("MailPath designs (*.mailpath.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json")))
        path += QString::fromLatin1(core::designFileSuffix);
    QString error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::critical(m_window, tr("Cannot save"), error);
        return false;
    }
    addRecent(m_document->filePath());
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void FileActions::importSnapshot()
{
    if (!maybeSave())
        return;
    const QString dir = QFileDialog::getExistingDirectory(
        m_window, tr("Import AWS snapshot folder"), QSettings().value("lastDir").toString());
    if (dir.isEmpty())
        return;
    core::Design design;
    core::Diagnostics diagnostics;
    core::InputError error;
    if (!core::loadSource(dir.toStdString(), design, diagnostics, error)) {
        QMessageBox::critical(m_window, tr("Import failed"), qs(error.toString()));
        return;
    }
    if (design.name.empty())
        design.name = QFileInfo(dir).fileName().toStdString();
    m_document->replace(std::move(design), {}, true); // laid out by fillMissingLayout
    QStringList lines;
    for (const auto &d : diagnostics)
        lines << QStringLiteral("[%1] %2 %3: %4")
                     .arg(qs(std::string(core::toString(d.severity))), qs(d.file), qs(d.resource),
                          qs(d.message));
    if (!lines.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Import diagnostics"),
                        tr("Imported with %n diagnostic(s).", nullptr, int(lines.size())),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(lines.join('\n'));
        box.exec();
    }
    emit message(tr("Imported %1 resources from %2").arg(m_document->design().resourceCount())
                      .arg(QDir::toNativeSeparators(dir)));
}

void FileActions::offerRecovery()
{
    if (!Autosave::hasRecovery())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Recover design"),
        tr("MailPath did not close normally last time. Recover the unsaved design?"),
        QMessageBox::Yes | QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        core::Design design;
        QString error;
        if (readDesign(Autosave::recoveryPath(), design, &error))
            m_document->replace(std::move(design), Autosave::recoveredOriginalPath(), true);
        else
            QMessageBox::critical(m_window, tr("Recover design"), error);
    }
    QFile::remove(Autosave::recoveryPath());
}

void FileActions::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value("recentFiles").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue("recentFiles", recent);
    settings.setValue("lastDir", QFileInfo(path).absolutePath());
}

void FileActions::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = QSettings().value("recentFiles").toStringList();
    for (const auto &path : recent)
        menu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openFile(path);
        })->setToolTip(path);
    if (recent.isEmpty())
        menu->addAction(tr("(none)"))->setEnabled(false);
}

} // namespace mailpath::app
