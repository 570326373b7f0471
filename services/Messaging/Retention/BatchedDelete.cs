namespace PatientNetwork.Messaging.Retention;

/// <summary>Deleting old rows a batch per statement, so no run holds many locks or one long transaction.</summary>
public static class BatchedDelete
{
    /// <summary>Runs <paramref name="deleteBatch"/> until a batch comes back short; with a cut-off fixed for the run, this ends.</summary>
    /// <returns>The rows deleted in all.</returns>
    public static async Task<int> UntilShortAsync(int batchSize, Func<Task<int>> deleteBatch)
    {
        ArgumentNullException.ThrowIfNull(deleteBatch);
        var total = 0;
        int deleted;
        do
        {
            deleted = await deleteBatch();
            total += deleted;
        }
        while (deleted == batchSize);

        return total;
    }
}
