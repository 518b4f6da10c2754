using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Tests.Durability.Fuzz;

/// <summary>
/// Breaks a valid JSON body in the ways clients and attackers do: wrong types, missing and
/// unknown fields, huge strings and numbers, deep nesting, duplicate keys, invalid UTF-8,
/// truncation, garbage. Each body gets one to three mutations.
/// </summary>
public static class JsonMutator
{
    private const string DeepMarker = "\"__deep__\"";

    public static FuzzBody Mutate(Random random, JsonObject valid)
    {
        var node = JsonNode.Parse(valid.ToJsonString())!.AsObject();
        var steps = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            steps.Add(MutateTree(random, node));
        }

        // Nesting deeper than the JSON writer allows is spliced in as text.
        var json = node.ToJsonString();
        while (json.Contains(DeepMarker, StringComparison.Ordinal))
        {
            var depth = random.Next(2) == 0 ? random.Next(60, 70) : random.Next(200, 3000);
            var index = json.IndexOf(DeepMarker, StringComparison.Ordinal);
            json = string.Concat(json.AsSpan(0, index), Nest(depth), json.AsSpan(index + DeepMarker.Length));
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        if (random.Next(4) == 0)
        {
            (bytes, var step) = MutateBytes(random, bytes);
            steps.Add(step);
        }

        return new FuzzBody(bytes, random.Next(20) == 0 ? "text/plain" : "application/json", string.Join(", ", steps));
    }

    private static string MutateTree(Random random, JsonObject root)
    {
        var objects = Objects(root).ToList();
        var target = objects[random.Next(objects.Count)];
        var keys = target.Select(p => p.Key).ToList();
        switch (random.Next(6))
        {
            case 0 when keys.Count > 0:
                var removed = keys[random.Next(keys.Count)];
                target.Remove(removed);
                return $"removed {removed}";
            case 1 when keys.Count > 0:
                var key = keys[random.Next(keys.Count)];
                target[key] = OddValue(random);
                return $"{key} = {Short(target[key])}";
            case 2:
                target["x_" + random.Next(100)] = OddValue(random);
                return "unknown field";
            case 3 when keys.Count > 0:
                var deep = keys[random.Next(keys.Count)];
                target[deep] = DeepMarker.Trim('"');
                return $"{deep} nested deep";
            case 4 when keys.Count > 0:
                var big = keys[random.Next(keys.Count)];
                target[big] = new string('ä', random.Next(10_000, 120_000));
                return $"{big} huge string";
            default:
                var any = keys.Count > 0 ? keys[random.Next(keys.Count)] : "text";
                target[any] = null;
                return $"{any} = null";
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonObject node)
    {
        yield return node;
        foreach (var (_, value) in node)
        {
            if (value is JsonObject child)
            {
                foreach (var inner in Objects(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static JsonNode? OddValue(Random random) => random.Next(12) switch
    {
        0 => JsonValue.Create(random.Next()),
        1 => JsonValue.Create(-1),
        2 => JsonValue.Create(long.MaxValue),
        3 => JsonValue.Create(1.5e300),
        4 => JsonValue.Create(true),
        5 => new JsonArray(1, "a", null),
        6 => new JsonObject { ["a"] = 1 },
        7 => JsonValue.Create(""),
        8 => JsonValue.Create("\u0000\u202e\ud83d"),
        9 => JsonValue.Create(new string('9', 400)),
        10 => JsonValue.Create("😀👨‍👩‍👧"),
        _ => null,
    };

    private static string Nest(int depth)
    {
        var text = new StringBuilder(depth * 6);
        for (var i = 0; i < depth; i++)
        {
            text.Append(i % 2 == 0 ? "[" : "{\"a\":");
        }

        text.Append('1');
        for (var i = depth - 1; i >= 0; i--)
        {
            text.Append(i % 2 == 0 ? "]" : "}");
        }

        return text.ToString();
    }

    private static (byte[] Bytes, string Step) MutateBytes(Random random, byte[] bytes)
    {
        switch (random.Next(7))
        {
            case 0:
                return (bytes[..random.Next(bytes.Length)], "truncated");
            case 1:
                var broken = (byte[])bytes.Clone();
                for (var i = 0; i < 3 && broken.Length > 0; i++)
                {
                    broken[random.Next(broken.Length)] = (byte)(random.Next(2) == 0 ? 0xFF : 0xC3);
                }

                return (broken, "invalid UTF-8");
            case 2:
                return ([.. bytes, .. "}}garbage"u8], "trailing garbage");
            case 3:
                return ([0xEF, 0xBB, 0xBF, .. bytes], "BOM");
            case 4:
                return ([], "empty");
            case 5:
                var text = Encoding.UTF8.GetString(bytes);
                var brace = text.IndexOf('{');
                return (Encoding.UTF8.GetBytes(text.Insert(brace + 1, "\"text\":1,\"text\":\"dup\",")), "duplicate keys");
            default:
                return (Encoding.UTF8.GetBytes(new string('[', 100_000)), "unclosed nesting");
        }
    }

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 30 ? text[..30] + "…" : text;
    }
}
