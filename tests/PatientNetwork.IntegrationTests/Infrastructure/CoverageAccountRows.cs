using Npgsql;

namespace PatientNetwork.IntegrationTests.Infrastructure;

/// <summary>Funding's coverage account rows for some patients, read in its database: what a doubled or lost event would change.</summary>
public static class CoverageAccountRows
{
    /// <returns>How many rows there are for those patients, and how many of the patients have one.</returns>
    public static async Task<(int Accounts, int Patients)> CountAsync(string fundingConnectionString, Guid[] patientIds)
    {
        await using var funding = new NpgsqlConnection(fundingConnectionString);
        await funding.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*), count(DISTINCT patient_id) FROM coverage_accounts WHERE patient_id = ANY(@ids)", funding);
        count.Parameters.AddWithValue("ids", patientIds);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }
}
