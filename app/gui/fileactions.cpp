#include "fileactions.h"

#include "autosave.h"
#include "app/base/appresources.h"
#include "app/base/language.h"
#include "designdocument.h"

#include "core/io/awsimport.h"
#include "core/io/designchecks.h"
#include "core/io/designfile.h"
#include "core/io/source.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

#include <algorithm>

#include <filesystem>

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

/** "Subnets.json:3:6: message", the file relative to the imported folder. */
QString brokenFileLine(const QDir &dir, const core::Diagnostic &d)
{
    QString where = QDir::toNativeSeparators(dir.relativeFilePath(qs(d.file)));
    if (d.line > 0)
        where += QStringLiteral(":%1:%2").arg(d.line).arg(d.column);
    return where + QStringLiteral(": ") + qs(d.message).remove(QStringLiteral(" (file skipped)"));
}

constexpr int maxListedFiles = 10;

} // namespace

FileActions::FileActions(DesignDocument *document, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_window(window)
{
    m_prompts.ask = [window](const QString &title, const QString &text) {
        return QMessageBox::question(window, title, text, QMessageBox::Yes | QMessageBox::No)
               == QMessageBox::Yes;
    };
    m_prompts.error = [window](const QString &title, const QString &text) {
        QMessageBox::critical(window, title, text);
    };
}

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

namespace {
/** A template's name or description in the interface language ("localized": {"ja": {...}}). */
std::string templateField(const nlohmann::json &json, const char *key)
{
    const std::string language = currentLanguage().toStdString();
    const auto localized = json.find("localized");
    if (localized != json.end() && localized->is_object() && localized->contains(language)) {
        const auto &fields = (*localized)[language];
        if (fields.is_object() && fields.contains(key) && fields[key].is_string())
            return fields[key].get<std::string>();
    }
    return json.contains(key) && json[key].is_string() ? json[key].get<std::string>() : "";
}

nlohmann::json templateJson(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto json = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    return json.is_object() ? json : nlohmann::json();
}
} // namespace

QString FileActions::templateTitle(const QString &resourcePath)
{
    const std::string name = templateField(templateJson(resourcePath), "name");
    if (!name.empty())
        return qs(name);
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
        m_prompts.error(tr("Template"), error);
        return;
    }
    const auto json = templateJson(resourcePath); // its name and story in the user's language
    if (auto name = templateField(json, "name"); !name.empty())
        design.name = std::move(name);
    if (auto text = templateField(json, "description"); !text.empty())
        design.description = std::move(text);
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
        m_prompts.error(tr("Cannot open design"),
                        tr("%1 could not be opened; nothing was changed.\n\n%2")
                            .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    addRecent(m_document->filePath());
    // Said when the design opens, not first when a flow is run or exported.
    core::Diagnostics found = core::checkAddressing(m_document->design());
    for (auto &d : core::checkFlowEndpoints(m_document->design()))
        found.push_back(std::move(d));
    for (auto &d : core::checkSesDns(m_document->design()))
        found.push_back(std::move(d));
    for (auto &d : found)
        d.file = path.toStdString();
    if (!found.empty())
        emit diagnosticsReady(found, tr("Open of %1").arg(QDir::toNativeSeparators(path)));
    emit message(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileActions::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->saveAs(m_document->filePath(), &error)) {
        m_prompts.error(tr("Cannot save"), error);
        return false;
    }
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
        m_prompts.error(tr("Cannot save"), error);
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
    if (!dir.isEmpty())
        importFolder(dir);
}

bool FileActions::importFolder(const QString &dir)
{
    const QString shown = QDir::toNativeSeparators(dir);
    core::Design design;
    core::Diagnostics diagnostics;
    core::InputError error;
    core::AwsImportOptions options;
    options.skipBrokenFiles = true; // the user decides below whether the rest is wanted
    if (!core::importAwsSnapshot(dir.toStdString(), design, diagnostics, error, options)) {
        core::Diagnostic d{core::Severity::Error, error.file, {}, error.message};
        d.line = error.line;
        d.column = error.column;
        emit diagnosticsReady({d}, tr("Import of %1 failed").arg(shown));
        m_prompts.error(tr("Import failed"), tr("%1 could not be imported; nothing was changed."
                                                "\n\n%2")
                                                 .arg(shown, qs(error.toString())));
        return false;
    }
    QStringList broken;
    for (const auto &d : diagnostics)
        if (d.fileSkipped)
            broken << brokenFileLine(QDir(dir), d);
    if (!broken.isEmpty()) {
        const qsizetype count = broken.size();
        if (count > maxListedFiles) {
            broken = broken.mid(0, maxListedFiles);
            broken << tr("… and %n more", nullptr, int(count - maxListedFiles));
        }
        const QString question = tr("%n file(s) could not be read:", nullptr, int(count))
                                 + QStringLiteral("\n\n") + broken.join('\n')
                                 + QStringLiteral("\n\n") + tr("Import the remaining files?");
        if (!m_prompts.ask(tr("Import AWS snapshot"), question)) {
            emit message(tr("Import of %1 cancelled; nothing was changed").arg(shown));
            return false;
        }
    }
    if (design.name.empty())
        design.name = QFileInfo(dir).fileName().toStdString();
    m_document->replace(std::move(design), {}, true); // laid out by fillMissingLayout
    emit diagnosticsReady(diagnostics, tr("Import of %1").arg(shown));
    emit imported();
    emit message(tr("Imported %1 resources from %2").arg(m_document->design().resourceCount())
                      .arg(shown));
    return true;
}

void FileActions::importCode()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Terraform plan/state or CloudFormation template"),
        QSettings().value("lastDir").toString(),
        tr("Terraform JSON and CloudFormation (*.json *.tfstate *.yaml *.yml *.template);;"
           "All files (*)"));
    if (!path.isEmpty())
        importCodeFile(path);
}

bool FileActions::isCodeSource(const QString &path)
{
    std::error_code ec; // a FIFO or device would block or never end: the opener says why
    if (!std::filesystem::is_regular_file(path.toStdString(), ec))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (core::looksLikeYamlTemplate(file.peek(4096).toStdString()))
        return true;
    nlohmann::json root;
    core::InputError error;
    return core::parseJsonFile(path.toStdString(), root, error)
           && core::detectIacFormat(root) != core::IacFormat::None;
}

bool FileActions::importCodeFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    core::Design design;
    core::Diagnostics diagnostics;
    core::InputError error;
    if (!core::loadSource(path.toStdString(), design, diagnostics, error)) {
        core::Diagnostic d{core::Severity::Error, error.file, {}, error.message};
        d.line = error.line;
        d.column = error.column;
        emit diagnosticsReady({d}, tr("Import of %1 failed").arg(shown));
        m_prompts.error(tr("Import failed"), tr("%1 could not be imported; nothing was changed."
                                                "\n\n%2")
                                                 .arg(shown, qs(error.toString())));
        return false;
    }
    if (design.name.empty())
        design.name = QFileInfo(path).fileName().toStdString();
    m_document->replace(std::move(design), {}, true); // laid out by fillMissingLayout
    emit diagnosticsReady(diagnostics, tr("Import of %1").arg(shown));
    emit message(tr("Imported %1 resources from %2").arg(m_document->design().resourceCount())
                      .arg(shown));
    return true;
}

bool FileActions::offerRecovery(const QString &fileToOpen)
{
    const QString wanted = fileToOpen.isEmpty() ? QString()
                                                : QFileInfo(fileToOpen).absoluteFilePath();
    const auto orphans = Autosave::orphans();
    const auto orphan = std::find_if(orphans.begin(), orphans.end(), [&](const auto &o) {
        return wanted.isEmpty() || o.originalPath == wanted;
    });
    if (orphan == orphans.end())
        return false; // another design's recovery waits for a start without a file
    const QString what = orphan->originalPath.isEmpty()
                             ? tr("an untitled design")
                             : QFileInfo(orphan->originalPath).fileName();
    const QString when = QLocale().toString(orphan->saved, QLocale::ShortFormat);
    if (!m_prompts.ask(tr("Recover design"),
                       tr("MailPath did not close normally last time. Recover the unsaved "
                          "changes to %1 (autosaved %2)?").arg(what, when))) {
        Autosave::discardOrphan(orphan->path); // explicitly discarded
        return false;
    }
    core::Design design;
    QString error;
    if (!readDesign(orphan->path, design, &error)) {
        // Kept aside rather than lost: it may still be read by hand or a newer MailPath.
        const QString kept = orphan->path + QStringLiteral(".unreadable");
        QFile::remove(kept);
        QFile::rename(orphan->path, kept);
        m_prompts.error(tr("Recover design"),
                        tr("%1\n\nThe file was kept as %2.").arg(error, kept));
        return false;
    }
    m_document->replace(std::move(design), orphan->originalPath, true);
    // The recovery file stays until the recovered changes are saved or discarded.
    if (m_autosave)
        m_autosave->adopt(orphan->path);
    emit message(tr("Recovered the unsaved changes to %1").arg(what));
    return wanted.isEmpty() || orphan->originalPath == wanted;
}

void FileActions::openAtStartup(const QString &file)
{
    if (offerRecovery(file) || file.isEmpty())
        return; // the recovered edits win over the file on disk
    if (QFileInfo(file).isDir()) // as mailpath-cli takes it
        importFolder(file);
    else if (isCodeSource(file))
        importCodeFile(file);
    else
        openFile(file);
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
