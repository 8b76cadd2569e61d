#pragma once

#include "recordtableeditor.h"

namespace mailpath::app {

/** Listeners of a network load balancer: protocol, port, target group. */
RecordTableEditor::Schema listenerSchema(const core::Design &design, const std::string &lbId);
/** Registered targets of a target group: instance/ENI id or IP, port, AZ, health. */
RecordTableEditor::Schema targetSchema(const core::Design &design);
/** Static and blackhole routes of a transit gateway route table. */
RecordTableEditor::Schema tgwRouteSchema(const core::Design &design, const std::string &rtId);
/** Rule groups of an AWS Network Firewall policy (nfwschema.cpp). */
RecordTableEditor::Schema nfwRuleGroupSchema();

} // namespace mailpath::app
