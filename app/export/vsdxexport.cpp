#include "vsdxexport.h"
#include "savefile.h"

#include "vsdxpage.h"
#include "zipwriter.h"

#include "core/layout/autolayout.h"

#include <QDateTime>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <functional>

namespace mailpath::app {

using namespace core;

namespace {

constexpr const char *packageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char *visioRel = "http://schemas.microsoft.com/visio/2010/relationships/";

QByteArray xmlDocument(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    body(xml);
    xml.writeEndDocument();
    return out;
}

struct Rel
{
    QString id, type, target;
};

QByteArray relationships(const std::vector<Rel> &rels)
{
    return xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(QLatin1String(packageRelNs));
        xml.writeStartElement(QLatin1String(packageRelNs), QStringLiteral("Relationships"));
        for (const auto &rel : rels) {
            xml.writeEmptyElement(QLatin1String(packageRelNs), QStringLiteral("Relationship"));
            xml.writeAttribute(QStringLiteral("Id"), rel.id);
            xml.writeAttribute(QStringLiteral("Type"), rel.type);
            xml.writeAttribute(QStringLiteral("Target"), rel.target);
        }
        xml.writeEndElement();
    });
}

QByteArray contentTypes()
{
    const char *ns = "http://schemas.openxmlformats.org/package/2006/content-types";
    return xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(QLatin1String(ns));
        xml.writeStartElement(QLatin1String(ns), QStringLiteral("Types"));
        for (const auto &[ext, type] :
             {std::pair{"rels", "application/vnd.openxmlformats-package.relationships+xml"},
              {"xml", "application/xml"}, {"png", "image/png"}}) {
            xml.writeEmptyElement(QLatin1String(ns), QStringLiteral("Default"));
            xml.writeAttribute(QStringLiteral("Extension"), QLatin1String(ext));
            xml.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        }
        for (const auto &[part, type] :
             {std::pair{"/visio/document.xml", "application/vnd.ms-visio.drawing.main+xml"},
              {"/visio/pages/pages.xml", "application/vnd.ms-visio.pages+xml"},
              {"/visio/pages/page1.xml", "application/vnd.ms-visio.page+xml"},
              {"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
              {"/docProps/app.xml",
               "application/vnd.openxmlformats-officedocument.extended-properties+xml"}}) {
            xml.writeEmptyElement(QLatin1String(ns), QStringLiteral("Override"));
            xml.writeAttribute(QStringLiteral("PartName"), QLatin1String(part));
            xml.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        }
        xml.writeEndElement();
    });
}

QByteArray coreProperties(const ExportContent &content)
{
    const char *cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    const char *dc = "http://purl.org/dc/elements/1.1/";
    const char *dcterms = "http://purl.org/dc/terms/";
    return xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeNamespace(QLatin1String(cp), QStringLiteral("cp"));
        xml.writeNamespace(QLatin1String(dc), QStringLiteral("dc"));
        xml.writeNamespace(QLatin1String(dcterms), QStringLiteral("dcterms"));
        xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                           QStringLiteral("xsi"));
        xml.writeStartElement(QLatin1String(cp), QStringLiteral("coreProperties"));
        xml.writeTextElement(QLatin1String(dc), QStringLiteral("title"), content.title);
        if (!content.author.isEmpty())
            xml.writeTextElement(QLatin1String(dc), QStringLiteral("creator"), content.author);
        xml.writeStartElement(QLatin1String(dcterms), QStringLiteral("created"));
        xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                           QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        xml.writeCharacters(content.date.startOfDay(Qt::UTC).toString(Qt::ISODate));
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

QByteArray appProperties()
{
    const char *ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    return xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(QLatin1String(ns));
        xml.writeStartElement(QLatin1String(ns), QStringLiteral("Properties"));
        xml.writeTextElement(QLatin1String(ns), QStringLiteral("Application"),
                             QStringLiteral("MailPath " MAILPATH_VERSION));
        xml.writeEndElement();
    });
}

QByteArray visioDocument()
{
    return xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(QLatin1String(vsdx::mainNs));
        xml.writeNamespace(QLatin1String(vsdx::relNs), QStringLiteral("r"));
        xml.writeStartElement(QLatin1String(vsdx::mainNs), QStringLiteral("VisioDocument"));
        xml.writeStartElement(QStringLiteral("FaceNames"));
        xml.writeEmptyElement(QStringLiteral("FaceName"));
        xml.writeAttribute(QStringLiteral("NameU"), QStringLiteral("DejaVu Sans"));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("StyleSheets"));
        xml.writeStartElement(QStringLiteral("StyleSheet"));
        xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("NameU"), QStringLiteral("No Style"));
        xml.writeAttribute(QStringLiteral("Name"), QStringLiteral("No Style"));
        for (const auto &[name, value] :
             {std::pair{"LineWeight", "0.01041666666666667"}, {"LineColor", "#232F3E"},
              {"LinePattern", "1"}, {"FillForegnd", "#FFFFFF"}, {"FillPattern", "1"},
              {"VerticalAlign", "1"}}) {
            xml.writeEmptyElement(QStringLiteral("Cell"));
            xml.writeAttribute(QStringLiteral("N"), QLatin1String(name));
            xml.writeAttribute(QStringLiteral("V"), QLatin1String(value));
        }
        xml.writeEndElement(); // StyleSheet
        xml.writeEndElement(); // StyleSheets
        xml.writeEndElement(); // VisioDocument
    });
}

void writeLayers(QXmlStreamWriter &xml, const vsdx::PageResult &page)
{
    xml.writeStartElement(QStringLiteral("Section"));
    xml.writeAttribute(QStringLiteral("N"), QStringLiteral("Layer"));
    for (size_t i = 0; i < page.layers.size(); ++i) {
        xml.writeStartElement(QStringLiteral("Row"));
        xml.writeAttribute(QStringLiteral("IX"), QString::number(i));
        const QString visible = page.layers[i].second ? QStringLiteral("1") : QStringLiteral("0");
        for (const auto &[name, value] :
             {std::pair{QStringLiteral("Name"), page.layers[i].first},
              {QStringLiteral("NameUniv"), page.layers[i].first},
              {QStringLiteral("Visible"), visible}, {QStringLiteral("Print"), visible},
              {QStringLiteral("Active"), QStringLiteral("0")},
              {QStringLiteral("Lock"), QStringLiteral("0")},
              {QStringLiteral("Snap"), QStringLiteral("1")},
              {QStringLiteral("Glue"), QStringLiteral("1")},
              {QStringLiteral("Color"), QStringLiteral("255")}}) {
            xml.writeEmptyElement(QStringLiteral("Cell"));
            xml.writeAttribute(QStringLiteral("N"), name);
            xml.writeAttribute(QStringLiteral("V"), value);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QByteArray pagesPart(const vsdx::PageResult &page, const QString &name)
{
    return xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(QLatin1String(vsdx::mainNs));
        xml.writeNamespace(QLatin1String(vsdx::relNs), QStringLiteral("r"));
        xml.writeStartElement(QLatin1String(vsdx::mainNs), QStringLiteral("Pages"));
        xml.writeStartElement(QStringLiteral("Page"));
        xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("NameU"), name);
        xml.writeAttribute(QStringLiteral("Name"), name);
        xml.writeStartElement(QStringLiteral("PageSheet"));
        for (const auto &[cellName, value, unit] :
             {std::tuple{"PageWidth", QString::number(page.width, 'f', 4), "IN"},
              {"PageHeight", QString::number(page.height, 'f', 4), "IN"},
              {"PageScale", QStringLiteral("1"), "IN"}, {"DrawingScale", QStringLiteral("1"), "IN"},
              {"DrawingSizeType", QStringLiteral("0"), ""}}) {
            xml.writeEmptyElement(QStringLiteral("Cell"));
            xml.writeAttribute(QStringLiteral("N"), QLatin1String(cellName));
            xml.writeAttribute(QStringLiteral("V"), value);
            if (*unit)
                xml.writeAttribute(QStringLiteral("U"), QLatin1String(unit));
        }
        writeLayers(xml, page);
        xml.writeEndElement(); // PageSheet
        xml.writeEmptyElement(QStringLiteral("Rel"));
        xml.writeAttribute(QLatin1String(vsdx::relNs), QStringLiteral("id"), QStringLiteral("rId1"));
        xml.writeEndElement(); // Page
        xml.writeEndElement(); // Pages
    });
}

} // namespace

QByteArray vsdxPackage(const Design &source, const ExportContent &content, QString &error)
{
    Design design = source;
    fillMissingLayout(design);
    vsdx::IconTable icons;
    const auto page = vsdx::writePage(design, content, icons);
    const QString rel = QLatin1String(visioRel);
    std::vector<Rel> pageRels;
    for (size_t i = 0; i < icons.pngs.size(); ++i) // IconTable names the i-th PNG rId<i+1>
        pageRels.push_back({QStringLiteral("rId%1").arg(i + 1),
                            QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/"
                                           "relationships/image"),
                            QStringLiteral("../media/") + icons.pngs[i].first});
    ZipWriter zip;
    bool ok = zip.add(QStringLiteral("[Content_Types].xml"), contentTypes())
              && zip.add(QStringLiteral("_rels/.rels"),
                         relationships({{"rId1", rel + "document", "visio/document.xml"},
                                        {"rId2", "http://schemas.openxmlformats.org/package/2006/"
                                                 "relationships/metadata/core-properties",
                                         "docProps/core.xml"},
                                        {"rId3", "http://schemas.openxmlformats.org/officeDocument/"
                                                 "2006/relationships/extended-properties",
                                         "docProps/app.xml"}}))
              && zip.add(QStringLiteral("docProps/core.xml"), coreProperties(content))
              && zip.add(QStringLiteral("docProps/app.xml"), appProperties())
              && zip.add(QStringLiteral("visio/document.xml"), visioDocument())
              && zip.add(QStringLiteral("visio/_rels/document.xml.rels"),
                         relationships({{"rId1", rel + "pages", "pages/pages.xml"}}))
              && zip.add(QStringLiteral("visio/pages/pages.xml"), pagesPart(page, content.title))
              && zip.add(QStringLiteral("visio/pages/_rels/pages.xml.rels"),
                         relationships({{"rId1", rel + "page", "page1.xml"}}))
              && zip.add(QStringLiteral("visio/pages/page1.xml"), page.xml)
              && zip.add(QStringLiteral("visio/pages/_rels/page1.xml.rels"), relationships(pageRels));
    for (const auto &[name, png] : icons.pngs)
        ok = ok && zip.add(QStringLiteral("visio/media/") + name, png);
    const QByteArray bytes = ok ? zip.finish() : QByteArray();
    if (bytes.isEmpty())
        error = zip.error();
    return bytes;
}

bool writeVsdx(const Design &design, const ExportContent &content, const QString &path,
               QString &error)
{
    QString zipError;
    const QByteArray bytes = vsdxPackage(design, content, zipError);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !commitSaveFile(file)) {
        error = QObject::tr("Could not write %1: %2")
                    .arg(path, bytes.isEmpty() ? zipError : file.errorString());
        return false;
    }
    return true;
}

} // namespace mailpath::app
