#pragma once

// The DNS records SES identities still need (core/sim/sesdns.h), offered for copying as a
// Route 53 change batch, a Terraform aws_route53_record or a CloudFormation fragment. The
// canvas menu and the inspector of an SES endpoint share this menu.

#include "core/sim/sesdns.h"

#include <QString>

#include <string>
#include <vector>

class QMenu;
class QObject;

namespace mailpath::app {

enum class DnsRecordFormat { Route53ChangeBatch, Terraform, CloudFormation };

/** The record of a check in one format (what the menu puts on the clipboard). */
QString dnsRecordText(const core::DnsCheck &check, DnsRecordFormat format);

/** The checks of the identities of an SES endpoint whose record is missing or wrong. */
std::vector<core::DnsCheck> dnsRecordsToAdd(const core::Design &design,
                                            const std::string &sesId);

/** "TXT _dmarc.example.com": what one entry of the menu names. */
QString dnsRecordTitle(const core::DnsCheck &check);

/**
 * Fills menu with one submenu per record (its three formats); the actions copy to the
 * clipboard and live as long as context.
 */
void fillDnsRecordMenu(QMenu &menu, const std::vector<core::DnsCheck> &checks, QObject *context);

/** The one-line state of a check in the current language ("✗ no DKIM CNAME ... — add ..."). */
QString dnsCheckLine(const core::DnsCheck &check);

/** The lines of checks as rich text, under the name of each identity, marks coloured. */
QString dnsCheckHtml(const std::vector<core::DnsCheck> &checks);

} // namespace mailpath::app
