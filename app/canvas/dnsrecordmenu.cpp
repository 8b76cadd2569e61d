#include "dnsrecordmenu.h"

#include "app/base/reasontext.h"
#include "core/model/design.h"
#include "core/sim/reasontexts.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QMenu>

namespace mailpath::app {

using namespace core;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DnsRecordMenu", text);
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

bool wantsRecord(const DnsCheck &check)
{
    return check.state == DnsCheckState::Missing || check.state == DnsCheckState::Wrong;
}

} // namespace

QString dnsRecordText(const DnsCheck &check, DnsRecordFormat format)
{
    switch (format) {
    case DnsRecordFormat::Route53ChangeBatch: return qs(route53ChangeBatch(check));
    case DnsRecordFormat::Terraform: return qs(terraformRecord(check));
    case DnsRecordFormat::CloudFormation: return qs(cloudFormationRecord(check));
    }
    return {};
}

std::vector<DnsCheck> dnsRecordsToAdd(const Design &design, const std::string &sesId)
{
    std::vector<DnsCheck> out;
    for (auto &check : dnsChecks(design))
        if (wantsRecord(check) && check.sesId == sesId)
            out.push_back(std::move(check));
    return out;
}

QString dnsRecordTitle(const DnsCheck &check)
{
    return qs(check.expected.type) + ' ' + qs(check.expected.name);
}

void fillDnsRecordMenu(QMenu &menu, const std::vector<DnsCheck> &checks, QObject *context)
{
    const std::pair<DnsRecordFormat, QString> formats[] = {
        {DnsRecordFormat::Route53ChangeBatch, tr("Route 53 Change Batch (JSON)")},
        {DnsRecordFormat::Terraform, tr("Terraform aws_route53_record (HCL)")},
        {DnsRecordFormat::CloudFormation, tr("CloudFormation AWS::Route53::RecordSet (YAML)")}};
    for (const auto &check : checks) {
        QMenu *sub = menu.addMenu(dnsRecordTitle(check));
        sub->setToolTipsVisible(true);
        sub->menuAction()->setToolTip(localized(check.text, check.message));
        for (const auto &[format, title] : formats) {
            const QString text = dnsRecordText(check, format);
            sub->addAction(title, context, [text] { QApplication::clipboard()->setText(text); });
        }
    }
}

QString dnsCheckLine(const DnsCheck &check)
{
    const QString mark = check.state == DnsCheckState::Ok           ? QStringLiteral("✓")
                         : check.state == DnsCheckState::NotChecked ? QStringLiteral("?")
                                                                    : QStringLiteral("✗");
    QString line = mark + ' ' + localized(check.text, check.message);
    if (wantsRecord(check))
        line += QStringLiteral(" — ")
                + localized(Message(texts::dnsAdd, {check.expected.type, check.expected.name,
                                                    check.expected.values.front()}));
    return line;
}

QString dnsCheckHtml(const std::vector<DnsCheck> &checks)
{
    QString html;
    std::string identity;
    for (const auto &check : checks) {
        if (check.identity != identity) {
            identity = check.identity;
            html += QStringLiteral("<p style=\"margin-top:4px\"><i>%1</i></p>")
                        .arg(qs(identity).toHtmlEscaped());
        }
        // ✓ green, ✗ red, ? grey: the state at a glance, the sentence after it.
        const char *colour = check.state == DnsCheckState::Ok           ? "#1a7f37"
                             : check.state == DnsCheckState::NotChecked ? "#6e7781"
                                                                        : "#cf222e";
        const QString line = dnsCheckLine(check);
        html += QStringLiteral("<div style=\"margin-left:8px\"><span style=\"color:%1\">"
                               "<b>%2</b></span>%3</div>")
                    .arg(QLatin1String(colour), line.left(1).toHtmlEscaped(),
                         line.mid(1).toHtmlEscaped());
    }
    return html;
}

} // namespace mailpath::app
