#pragma once

#include "core/model/design.h"
#include "core/sim/trace.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace mailpath::app {

class DiagramRenderer;

/** One flow of the report: the design's expectation (if any) and what the simulator found. */
struct ReportFlow
{
    QString name;
    QString expect;       //!< delivered | blocked | "" for an ad-hoc flow
    QString expectReason; //!< a reason code the expectation names, or ""
    core::Trace trace;
    bool asExpected = true;
};

/** Simulates every expected flow of the design, plus extra (an ad-hoc flow) first if given. */
std::vector<ReportFlow> simulateFlows(const core::Design &design,
                                      const std::optional<core::Trace> &extra);

/**
 * The report as HTML: title, the diagram (embedImage: as a PNG data URI), then per flow
 * the verdict, the blamed component with reason and fix, and the hop table.
 */
QString reportHtml(const DiagramRenderer &renderer, const std::vector<ReportFlow> &flows,
                   const QString &title, const QDate &date, bool embedImage);

bool writeHtmlReport(const DiagramRenderer &renderer, const std::vector<ReportFlow> &flows,
                     const QString &title, const QDate &date, const QString &path, QString &error);
/** The PDF report: a vector diagram page with legend and title block, then the flows. */
bool writePdfReport(const DiagramRenderer &renderer, const std::vector<ReportFlow> &flows,
                    const QString &title, const QDate &date, const QString &path, QString &error);

} // namespace mailpath::app
