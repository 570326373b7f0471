using System.Globalization;

namespace PatientNetwork.Benchmarks.Data;

/// <summary>Draws names from <see cref="MoroccanNames"/> and makes the spelling variants a searching user would type.</summary>
public sealed class NamePicker
{
    private readonly Random random;
    private readonly ZipfPicker male;
    private readonly ZipfPicker female;
    private readonly ZipfPicker family;
    private readonly Dictionary<string, string[]> groupOf = new(StringComparer.Ordinal);

    public NamePicker(Random random)
    {
        this.random = random;
        male = new ZipfPicker(MoroccanNames.Male.Length, 0.8);
        female = new ZipfPicker(MoroccanNames.Female.Length, 0.8);
        family = new ZipfPicker(MoroccanNames.Family.Length, 0.6);
        foreach (var group in MoroccanNames.Male.Concat(MoroccanNames.Female).Concat(MoroccanNames.Family))
        {
            foreach (var spelling in group)
            {
                groupOf.TryAdd(spelling, group);
            }
        }
    }

    /// <summary>Distinct spellings this picker can produce (given names; family names including the prefixed ones).</summary>
    public static (int Given, int Family) PoolSize => (
        MoroccanNames.Male.Sum(g => g.Length) + MoroccanNames.Female.Sum(g => g.Length),
        MoroccanNames.Family.Sum(g => g.Length) + (MoroccanNames.Prefixes.Length * MoroccanNames.Roots.Length));

    public string GivenName(bool female) =>
        Spelling(female ? MoroccanNames.Female[this.female.Next(random)] : MoroccanNames.Male[male.Next(random)]);

    /// <summary>Four in five from the common family names; the rest "Ben"/"Bou"/"Ait"/"Ould"/"El" + a root (the long tail).</summary>
    public string FamilyName()
    {
        if (random.NextDouble() < 0.8)
        {
            return Spelling(MoroccanNames.Family[family.Next(random)]);
        }

        var prefix = MoroccanNames.Prefixes[random.Next(MoroccanNames.Prefixes.Length)];
        var root = MoroccanNames.Roots[random.Next(MoroccanNames.Roots.Length)];
        return prefix + Capitalize(root);
    }

    /// <summary>
    /// What staff type when looking for a known patient: another spelling of the same name when the
    /// name has one ("Mohamed" for "Mohammed", "Ben Ahmed" for "Benahmed"), else a small slip
    /// (a doubled letter dropped, "ou" written "u", "ch" written "sh", lower case).
    /// </summary>
    public string Variant(string name)
    {
        if (groupOf.TryGetValue(name, out var group) && group.Length > 1)
        {
            string other;
            do
            {
                other = group[random.Next(group.Length)];
            }
            while (other == name);
            return other;
        }

        foreach (var prefix in new[] { "Ben", "Bou" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length && char.IsLower(name[prefix.Length]))
            {
                return prefix + " " + Capitalize(name[prefix.Length..]);
            }
        }

        if (name.StartsWith("Ait ", StringComparison.Ordinal))
        {
            return random.Next(2) == 0 ? "Aït " + name[4..] : "Ait-" + name[4..];
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (name[i] == name[i - 1] && char.IsLetter(name[i]))
            {
                return name.Remove(i, 1);
            }
        }

        if (name.Contains("ou", StringComparison.Ordinal))
        {
            return name.Replace("ou", "u", StringComparison.Ordinal);
        }

        return name.Contains("ch", StringComparison.Ordinal)
            ? name.Replace("ch", "sh", StringComparison.Ordinal)
            : name.ToLowerInvariant();
    }

    private string Spelling(string[] group)
    {
        // The first spelling is the commonest: 60 %; the others share the rest.
        if (group.Length == 1 || random.NextDouble() < 0.6)
        {
            return group[0];
        }

        return group[1 + random.Next(group.Length - 1)];
    }

    private static string Capitalize(string word) => char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    /// <summary>Picks index i with probability proportional to 1/(i+1)^s.</summary>
    private sealed class ZipfPicker
    {
        private readonly double[] cumulative;

        public ZipfPicker(int count, double exponent)
        {
            cumulative = new double[count];
            var total = 0.0;
            for (var i = 0; i < count; i++)
            {
                total += 1.0 / Math.Pow(i + 1, exponent);
                cumulative[i] = total;
            }

            for (var i = 0; i < count; i++)
            {
                cumulative[i] /= total;
            }
        }

        public int Next(Random random)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble());
            return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
        }
    }
}
