using System.Collections.Concurrent;

namespace Mentoring.Engine;

/// <summary>Shared, expensive objects built once per run (parsers, templates, the site model), keyed by type.</summary>
public sealed class ServiceRegistry
{
    private readonly ConcurrentDictionary<Type, object> _services = new();

    public ServiceRegistry Add<T>(T service) where T : class
    {
        ArgumentNullException.ThrowIfNull(service);
        _services[typeof(T)] = service;
        return this;
    }

    public T Get<T>() where T : class =>
        _services.TryGetValue(typeof(T), out var s) ? (T)s
            : throw new InvalidOperationException($"Service {typeof(T).Name} is not registered with the engine.");

    public bool TryGet<T>(out T? service) where T : class
    {
        if (_services.TryGetValue(typeof(T), out var s))
        {
            service = (T)s;
            return true;
        }

        service = null;
        return false;
    }
}
