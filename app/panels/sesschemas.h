#pragma once

#include "recordtableeditor.h"

#include <QString>

namespace mailpath::app {

/** SES identities of an SES endpoint: name, verification, DKIM tokens, MAIL FROM, config set. */
RecordTableEditor::Schema sesIdentitySchema();
/** SES configuration sets: name, TLS policy, sending enabled. */
RecordTableEditor::Schema sesConfigurationSetSchema();
/** SES receipt IP filters: name, policy, CIDR. */
RecordTableEditor::Schema sesReceiptFilterSchema();

/** The DNS state of an SES endpoint's identities, one line per check (rich text). */
QString sesDnsSummary(const core::Design &design, const std::string &sesId);

} // namespace mailpath::app
