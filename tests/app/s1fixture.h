#pragma once

// Shared by the app tests: loads a compiled-in template the way File > New from Template does.

#include "app/base/appresources.h"
#include "app/gui/designdocument.h"
#include "core/io/designfile.h"

#include <QFile>

#include <string>

inline bool loadTemplate(mailpath::app::DesignDocument &doc, const QString &resource)
{
    mailpath::app::initResources();
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    nlohmann::json json;
    mailpath::core::InputError error;
    mailpath::core::Design design;
    if (!mailpath::core::parseJsonText(std::string_view(bytes.constData(), size_t(bytes.size())),
                                       resource.toStdString(), json, error)
        || !mailpath::core::designFromJson(json, resource.toStdString(), design, error))
        return false;
    doc.replace(std::move(design), {});
    return true;
}

inline const QString s1Template = QStringLiteral(":/templates/s1-ses-via-nat.mailpath.json");
