#pragma once

#include <QString>

#include <vector>

namespace mailpath::app {

/** A named set of TCP port ranges a user adds as rules in one click. */
struct RulePreset
{
    QString label;
    std::vector<QString> ports; //!< one rule each; "all" means all traffic
};

/** SMTP 25, submission 587, SMTPS 465, SES 2465/2587, the ephemeral ranges, all traffic. */
const std::vector<RulePreset> &rulePresets();

} // namespace mailpath::app
