#include "flow.h"

namespace mailpath::core {

// The envelope is written only when set, so designs without one stay as they were.
void to_json(nlohmann::json &j, const ExpectedFlow &f)
{
    j = {{"id", f.id},         {"name", f.name},     {"from", f.from},
         {"to", f.to},         {"port", f.port},     {"expect", f.expect},
         {"expectReason", f.expectReason}, {"note", f.note}};
    if (!f.mailFrom.empty())
        j["mailFrom"] = f.mailFrom;
    if (!f.rcptTo.empty())
        j["rcptTo"] = f.rcptTo;
}

void from_json(const nlohmann::json &j, ExpectedFlow &f)
{
    const ExpectedFlow d{};
    f.id = j.value("id", d.id);
    f.name = j.value("name", d.name);
    f.from = j.value("from", d.from);
    f.to = j.value("to", d.to);
    f.port = j.value("port", d.port);
    f.expect = j.value("expect", d.expect);
    f.expectReason = j.value("expectReason", d.expectReason);
    f.note = j.value("note", d.note);
    f.mailFrom = j.value("mailFrom", d.mailFrom);
    f.rcptTo = j.value("rcptTo", d.rcptTo);
}

MAILPATH_DEFINE_JSON(Assumptions, sesEndpointAcceptsPort25, fargateSubjectToOp25b,
                     linuxEphemeralPorts, natGatewayPorts, loadBalancerPorts)

} // namespace mailpath::core
