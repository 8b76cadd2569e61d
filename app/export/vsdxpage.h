#pragma once

#include "exportmodel.h"

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QXmlStreamWriter>

#include <map>
#include <vector>

namespace mailpath::app::vsdx {

inline constexpr const char *mainNs = "http://schemas.microsoft.com/office/visio/2012/main";
inline constexpr const char *relNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The PNG of each icon used, named by its relationship id (rId1, rId2, ...). */
struct IconTable
{
    std::map<QString, QString> idOf; //!< icon resource -> relationship id
    std::vector<std::pair<QString, QByteArray>> pngs; //!< media file name, bytes
    QString relFor(const QString &iconPath);
};

/** The drawing's page: its size in inches, its layers, its shapes and their glue. */
struct PageResult
{
    QByteArray xml;
    double width = 0;
    double height = 0;
    std::vector<std::pair<QString, bool>> layers; //!< name, visible
};

PageResult writePage(const core::Design &design, const ExportContent &content, IconTable &icons);

} // namespace mailpath::app::vsdx
