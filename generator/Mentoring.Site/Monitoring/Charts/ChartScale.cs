namespace Mentoring.Site.Monitoring.Charts;

/// <summary>A "nice" axis maximum and step (1, 2, 5 × 10ⁿ) for the values that are shown.</summary>
internal static class ChartScale
{
    public static (double Max, double Step) Nice(double maxValue, int maxTicks = 4)
    {
        if (!(maxValue > 0))
        {
            return (1, 1);
        }

        var rough = maxValue / maxTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double step = magnitude;
        foreach (var m in new[] { 1d, 2d, 5d, 10d })
        {
            step = m * magnitude;
            if (step >= rough)
            {
                break;
            }
        }

        if (step < 1)
        {
            step = 1;
        }

        var max = Math.Ceiling(maxValue / step) * step;
        return (max, step);
    }
}
