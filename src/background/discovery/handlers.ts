// The options page's messages (library and discovery), answered by the discovery service.
// Spread into the worker's one handler object (background/handlers.ts).
import type { Handlers } from '../../shared/messages';
import type { DiscoveryService } from './service';

type OptionsMessages = 'GetLibraryStatus' | 'PollFeedsNow' | 'SetLibraryCap' | 'ExportLibrary' | 'ImportLibrary' | 'ClearLibrary';

export function createDiscoveryHandlers(get: () => DiscoveryService | undefined): Pick<Handlers, OptionsMessages> {
  const service = () => {
    const s = get();
    if (!s) throw new Error('the library is not available in this build');
    return s;
  };
  return {
    GetLibraryStatus: async () => service().status(),
    PollFeedsNow: async ({ url }) => {
      await service().pollDue(true, url);
      return service().status();
    },
    SetLibraryCap: async ({ capBytes }) => {
      await service().setCap(capBytes);
      return service().status();
    },
    ExportLibrary: async ({ after }) => service().exportPage(after),
    ImportLibrary: async ({ text, firstLine }) => service().importText(text, firstLine),
    ClearLibrary: async () => {
      await service().clear();
      return service().status();
    },
  };
}
