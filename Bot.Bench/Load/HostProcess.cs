using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Bot.Bench.Load;

/// <summary>
/// A real Bot.Host process on loopback, started from the Bot.Host.dll next to this assembly, so
/// it can be killed (SIGKILL), terminated (SIGTERM) and restarted on the same port and data.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const int Sigterm = 15;
    private readonly Dictionary<string, string> _settings;
    private readonly Dictionary<string, string> _environment;
    private readonly string[] _launcher;
    private readonly Queue<string> _output = new();
    private Process? _process;
    private long _peakRssKb;
    private double _cpuSecondsEarlierRuns;
    private double _cpuSecondsThisRun;

    /// <param name="settings">Host configuration, passed as --Key=Value.</param>
    /// <param name="environment">Extra environment variables of the process.</param>
    /// <param name="launcher">Arguments of `dotnet` before Bot.Host.dll (e.g. exec --depsfile …); default none.</param>
    public HostProcess(IDictionary<string, string> settings, IDictionary<string, string>? environment = null, IEnumerable<string>? launcher = null)
    {
        _settings = new Dictionary<string, string>(settings);
        _environment = new Dictionary<string, string>(environment ?? new Dictionary<string, string>());
        _launcher = launcher?.ToArray() ?? [];
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public bool IsRunning => _process is { HasExited: false };

    public int Starts { get; private set; }

    /// <summary>The largest resident set seen over all runs of this host, in bytes.</summary>
    public long PeakRssBytes => Interlocked.Read(ref _peakRssKb) * 1024;

    /// <summary>CPU time (user + system) the host used over all its runs, as last sampled.</summary>
    public double CpuSeconds => _cpuSecondsEarlierRuns + _cpuSecondsThisRun;

    /// <summary>The last lines the process wrote, for failure messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll");

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in _launcher)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(HostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in _settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = Environment.GetEnvironmentVariable("PSTBOT_HOST_SPIN") ?? "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start Bot.Host");
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        _cpuSecondsEarlierRuns += _cpuSecondsThisRun;
        _cpuSecondsThisRun = 0;
        Starts++;
        await WaitHealthyAsync(process, cancellationToken);
    }

    /// <summary>SIGKILL: the process dies between any two instructions, as in a power cut of the process.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            SampleMemory();
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>SIGTERM, then waits for the exit; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        var process = _process ?? throw new InvalidOperationException("not started");
        SampleMemory();
        if (!process.HasExited && SendSignal(process.Id, Sigterm) != 0)
        {
            throw new InvalidOperationException($"kill(SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
        }

        using var wait = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(wait.Token);
        return process.ExitCode;
    }

    /// <summary>Reads the process's peak resident set (VmHWM) from /proc.</summary>
    public void SampleMemory()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        try
        {
            // Fields 14 and 15 of /proc/pid/stat (after the command in parentheses): user and system ticks.
            var stat = File.ReadAllText($"/proc/{process.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            _cpuSecondsThisRun = (double.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + double.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                    long seen;
                    do
                    {
                        seen = Interlocked.Read(ref _peakRssKb);
                    }
                    while (kb > seen && Interlocked.CompareExchange(ref _peakRssKb, kb, seen) != seen);
                }
            }
        }
        catch (IOException)
        {
            // Exited between the check and the read.
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitHealthyAsync(Process process, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Bot.Host exited with {process.ExitCode} while starting:\n{RecentOutput}");
            }

            try
            {
                using var response = await http.GetAsync("/healthz", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow start on a busy machine.
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException($"Bot.Host did not become healthy within 60 s:\n{RecentOutput}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 60)
            {
                _output.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
