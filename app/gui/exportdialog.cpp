#include "exportdialog.h"

#include "exporthook.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <tuple>

namespace mailpath::app {

namespace {

constexpr auto lastDirKey = "export/lastDirectory";
constexpr auto lastFormatKey = "export/lastFormat";
constexpr auto lastDpiKey = "export/dpi";
constexpr auto titlesKey = "export/titles"; // the title last used, per design name

struct FormatEntry
{
    ExportFormat format;
    const char *label;
};

constexpr FormatEntry formats[] = {
    {ExportFormat::Png, QT_TRANSLATE_NOOP("ExportDialog", "PNG image")},
    {ExportFormat::Svg, QT_TRANSLATE_NOOP("ExportDialog", "SVG drawing")},
    {ExportFormat::Pdf, QT_TRANSLATE_NOOP("ExportDialog", "PDF page (title block, legend)")},
    {ExportFormat::DrawIo, QT_TRANSLATE_NOOP("ExportDialog", "draw.io diagram (editable)")},
    {ExportFormat::Vsdx, QT_TRANSLATE_NOOP("ExportDialog", "Visio drawing (.vsdx)")},
    {ExportFormat::HtmlReport, QT_TRANSLATE_NOOP("ExportDialog", "Report, HTML")},
    {ExportFormat::PdfReport, QT_TRANSLATE_NOOP("ExportDialog", "Report, PDF")},
};

/** The design's name, else its file's, made safe for a file name. */
QString baseName(const core::Design &design, const QString &documentPath)
{
    QString name = QString::fromStdString(design.name).trimmed();
    if (name.isEmpty() && !documentPath.isEmpty()) {
        name = QFileInfo(documentPath).fileName();
        name.remove(QRegularExpression(QStringLiteral("(\\.mailpath)?\\.json$")));
    }
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("mailpath-design") : name;
}

QString titleKey(const core::Design &design, const QString &documentPath)
{
    const QString key = documentPath.isEmpty() ? QString::fromStdString(design.name) : documentPath;
    return QString::fromLatin1(titlesKey) + "/"
           + QString::fromLatin1(key.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

ExportDialog::ExportDialog(const core::Design &design, const QString &currentFlowId,
                           QWidget *parent, const QString &documentPath)
    : QDialog(parent)
    , m_design(design)
    , m_titleKey(titleKey(design, documentPath))
{
    setWindowTitle(tr("Export"));
    QSettings settings;
    m_format = new QComboBox(this);
    for (const auto &f : formats)
        m_format->addItem(tr(f.label), int(f.format));
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.value(lastFormatKey, 0).toInt())));

    m_path = new QLineEdit(this);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    m_dpi = new QSpinBox(this);
    m_dpi->setRange(72, 600);
    m_dpi->setSingleStep(24);
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setValue(settings.value(lastDpiKey, 150).toInt());

    // Paper and orientation packed as paper * 3 + orientation (the enums' order).
    m_paper = new QComboBox(this);
    for (const auto &[label, paper, orientation] :
         {std::tuple{QT_TR_NOOP("Automatic (A4 or A3, text at least 6 pt)"), Paper::Auto,
                     Orientation::Auto},
          {QT_TR_NOOP("A4 portrait"), Paper::A4, Orientation::Portrait},
          {QT_TR_NOOP("A4 landscape"), Paper::A4, Orientation::Landscape},
          {QT_TR_NOOP("A3 portrait"), Paper::A3, Orientation::Portrait},
          {QT_TR_NOOP("A3 landscape"), Paper::A3, Orientation::Landscape},
          {QT_TR_NOOP("Letter portrait"), Paper::Letter, Orientation::Portrait},
          {QT_TR_NOOP("Letter landscape"), Paper::Letter, Orientation::Landscape}})
        m_paper->addItem(tr(label), int(paper) * 3 + int(orientation));

    m_flow = new QComboBox(this);
    m_flow->addItem(tr("None"), QString());
    for (const auto &flow : design.flows())
        m_flow->addItem(QString::fromStdString(flow.name.empty() ? flow.id : flow.name),
                        QString::fromStdString(flow.id));
    m_flow->setCurrentIndex(std::max(0, m_flow->findData(currentFlowId)));

    m_title = new QLineEdit(settings.value(m_titleKey, QString::fromStdString(design.name))
                                .toString(), this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *fileLabel = new QLabel(tr("&File:"), this); // a row of two widgets needs a buddy
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Highlight flow:"), m_flow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    m_language = new QComboBox(this);
    m_language->addItem(tr("Same as the interface"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    const QString dir = settings.value(lastDirKey, QDir::homePath()).toString();
    m_path->setText(QDir(dir).filePath(baseName(design, documentPath) + "." + Exporter::suffixOf(
                                           ExportFormat(m_format->currentData().toInt()))));
    formatChanged();
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.format = ExportFormat(m_format->currentData().toInt());
    s.dpi = m_dpi->value();
    s.paper = Paper(m_paper->currentData().toInt() / 3);
    s.orientation = Orientation(m_paper->currentData().toInt() % 3);
    s.flowId = m_flow->currentData().toString();
    s.title = m_title->text().trimmed();
    s.date = m_date->date();
    s.language = m_language->currentData().toString();
    return s;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

// The file name follows the format, so switching format never writes PNG bytes to a .pdf.
void ExportDialog::formatChanged()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    m_dpi->setEnabled(format == ExportFormat::Png);
    m_paper->setEnabled(format == ExportFormat::Pdf);
    const QFileInfo info(path());
    if (!path().isEmpty())
        m_path->setText(info.dir().filePath(info.completeBaseName() + "." + Exporter::suffixOf(format)));
}

void ExportDialog::browse()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    const QString suffix = Exporter::suffixOf(format);
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to"), path(), tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (chosen.isEmpty())
        return;
    m_path->setText(QFileInfo(chosen).suffix().isEmpty() ? chosen + "." + suffix : chosen);
}

void ExportDialog::accept()
{
    if (path().isEmpty()) {
        QMessageBox::warning(this, tr("Export"), tr("Choose a file to export to."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Exporter exporter(m_design);
    const auto result = exporter.exportTo(path(), settings());
    QApplication::restoreOverrideCursor();
    if (result != ExportResult::Ok) {
        QMessageBox::critical(this, tr("Export"), exporter.errorString());
        return;
    }
    QSettings store;
    store.setValue(lastDirKey, QFileInfo(path()).absolutePath());
    store.setValue(lastFormatKey, m_format->currentData().toInt());
    store.setValue(lastDpiKey, m_dpi->value());
    store.setValue(m_titleKey, m_title->text());
    QDialog::accept();
}

QString showExportDialog(QWidget *parent, const core::Design &design, const QString &currentFlowId,
                         const QString &documentPath)
{
    ExportDialog dialog(design, currentFlowId, parent, documentPath);
    return dialog.exec() == QDialog::Accepted ? dialog.path() : QString();
}

} // namespace mailpath::app
