// Reads typed, range-checked fields out of a JSON object and records the
// first problem as a message naming the field's path and what is allowed.
#pragma once
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace dp {

using Json = nlohmann::json;

class JsonFields {
 public:
  // `path` prefixes messages, e.g. "layers[1]"; `error` collects the first one.
  JsonFields(const Json& object, std::string path, std::string& error);

  bool ok() const { return error_.empty(); }
  std::string field(const char* key) const;
  void fail(const std::string& field, const std::string& message);

  // Rejects keys other than `allowed` (for example "__proto__" or typos).
  void only(std::initializer_list<const char*> allowed);
  bool has(const char* key) const { return object_.is_object() && object_.contains(key); }

  // A finite number in [lo, hi]; open bounds exclude the end point.
  void number(const char* key, float& out, float lo, float hi, bool lo_open = false, bool hi_open = false);
  // An integer in [lo, hi].
  void integer(const char* key, long long& out, long long lo, long long hi);
  void boolean(const char* key, bool& out);
  // One of the names in `choices`, by the enum value that goes with each.
  template <class E>
  void choice(const char* key, E& out, const std::vector<std::pair<const char*, E>>& choices);
  void required(const char* key);

  const Json& get(const char* key) const { return object_.at(key); }

 private:
  const Json& object_;
  std::string path_;
  std::string& error_;
};

// JSON text of a value for messages: 'swishy', -1, null, {...}.
std::string describe(const Json& value);

// 'text' in quotes, clipped to its first 40 characters: a message never echoes a long input whole.
std::string quoted(std::string text);

template <class E>
void JsonFields::choice(const char* key, E& out, const std::vector<std::pair<const char*, E>>& choices) {
  if (!ok() || !has(key)) return;
  const Json& value = object_.at(key);
  if (value.is_string()) {
    for (const auto& [name, e] : choices)
      if (value.get_ref<const std::string&>() == name) {
        out = e;
        return;
      }
  }
  std::string names;
  for (const auto& c : choices) names += (names.empty() ? "" : ", ") + std::string(c.first);
  fail(field(key), describe(value) + " is not one of " + names);
}

}  // namespace dp
