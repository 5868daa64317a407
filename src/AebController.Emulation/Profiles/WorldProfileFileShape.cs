using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AebController.Emulation.Sensors;
using AebController.Emulation.Vehicle;

namespace AebController.Emulation.Profiles;

/// <summary>
/// The contract the strict reader walks for a world profile file. A built-in profile gives every section and
/// every parameter and has no base; a user's profile needs a base and gives only what it overrides.
/// </summary>
internal static class WorldProfileFileShape
{
    // Declared before the contracts below: static fields initialize in order and Create reads this one.
    private static readonly Type[] SectionTypes =
        [typeof(RadarParameters), typeof(CornerRadarMount), typeof(CameraParameters), typeof(UltrasonicParameters), typeof(VehicleSignalParameters), typeof(VehicleRealism)];

    public static readonly JsonTypeInfo Builtin = Create(builtin: true);

    public static readonly JsonTypeInfo User = Create(builtin: false);

    private static JsonTypeInfo Create(bool builtin)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            RespectNullableAnnotations = true,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { info => Shape(info, builtin) } },
        };
        options.MakeReadOnly();
        return options.GetTypeInfo(typeof(WorldProfileFile));
    }

    private static void Shape(JsonTypeInfo info, bool builtin)
    {
        if (info.Type == typeof(WorldProfileFile))
        {
            foreach (var property in info.Properties.ToArray())
            {
                switch (property.Name)
                {
                    case "name":
                        property.IsRequired = true;
                        break;
                    case "description":
                        break;
                    case "base":
                        // A built-in profile gives every parameter itself; a user's names what it starts from.
                        if (builtin) info.Properties.Remove(property);
                        else property.IsRequired = true;
                        break;
                    default:
                        property.IsRequired = builtin;
                        break;
                }
            }
        }
        else if (SectionTypes.Contains(info.Type))
        {
            info.Properties.Clear();
            foreach (var (json, _, _) in WorldProfileLoader.Parameters(info.Type))
            {
                var entry = info.CreateJsonPropertyInfo(typeof(ProfileParameterEntry), json);
                // The reader only checks the shape; the loader lays the values over the base profile itself.
                entry.Set = static (_, _) => { };
                entry.IsRequired = builtin;
                entry.IsSetNullable = false;
                info.Properties.Add(entry);
            }
        }
    }
}
