#pragma once

// Declare in the header, define once in the resource's .cpp: keeps nlohmann's
// template expansion out of every translation unit that includes the model.

#include "jsonsupport.h"

#define MAILPATH_DECLARE_JSON(Type)                                                            \
    void to_json(nlohmann::json &j, const Type &value);                                        \
    void from_json(const nlohmann::json &j, Type &value)

#define MAILPATH_DEFINE_JSON(Type, ...)                                                        \
    void to_json(nlohmann::json &nlohmann_json_j, const Type &nlohmann_json_t)                 \
    {                                                                                          \
        NLOHMANN_JSON_EXPAND(NLOHMANN_JSON_PASTE(NLOHMANN_JSON_TO, __VA_ARGS__))               \
    }                                                                                          \
    void from_json(const nlohmann::json &nlohmann_json_j, Type &nlohmann_json_t)               \
    {                                                                                          \
        const Type nlohmann_json_default_obj{};                                                \
        NLOHMANN_JSON_EXPAND(NLOHMANN_JSON_PASTE(NLOHMANN_JSON_FROM_WITH_DEFAULT, __VA_ARGS__)) \
    }
