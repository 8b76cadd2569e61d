#pragma once

#include "recordtableeditor.h"

namespace mailpath::app {

/** Listeners of a Classic Load Balancer: protocol, port, instance port. */
RecordTableEditor::Schema classicListenerSchema();
/** Instances registered with a Classic Load Balancer: instance id and InService health. */
RecordTableEditor::Schema classicInstanceSchema(const core::Design &design,
                                                const std::string &lbId);

} // namespace mailpath::app
