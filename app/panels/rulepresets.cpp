#include "rulepresets.h"

#include <QObject>

namespace mailpath::app {

const std::vector<RulePreset> &rulePresets()
{
    static const std::vector<RulePreset> presets = {
        {QObject::tr("SMTP (TCP 25)"), {"25"}},
        {QObject::tr("Submission (TCP 587)"), {"587"}},
        {QObject::tr("SMTPS (TCP 465)"), {"465"}},
        {QObject::tr("SES alternative ports (TCP 2465, 2587)"), {"2465", "2587"}},
        {QObject::tr("Ephemeral ports, NAT gateway and ELB (TCP 1024-65535)"), {"1024-65535"}},
        {QObject::tr("Ephemeral ports, Linux (TCP 32768-60999)"), {"32768-60999"}},
        {QObject::tr("All traffic"), {"all"}},
    };
    return presets;
}

} // namespace mailpath::app
