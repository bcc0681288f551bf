import { queryOptions } from '@tanstack/react-query'
import type { CustomAttributesClient } from '../../../genesys/custom-attributes-client.ts'

/**
 * Genesys documents no notification topic for conversation custom attributes (the SDK has none, and the
 * conversation events carry participant data only), so records are polled, and only while the widget is visible
 * (React Query pauses intervals in a hidden tab). Every commit also reads the record first.
 */
export const recordPollMs = 15_000

export const customAttributeQueries = {
  all: () => ['custom-attributes'] as const,
  schemas: (client: CustomAttributesClient) =>
    queryOptions({
      queryKey: [...customAttributeQueries.all(), 'schemas'],
      queryFn: () => client.listSchemas(),
      staleTime: 10 * 60_000,
    }),
  records: (client: CustomAttributesClient, conversationId: string) =>
    queryOptions({
      queryKey: [...customAttributeQueries.all(), 'records', conversationId],
      queryFn: ({ signal }) => client.listRecords(conversationId, { signal }),
      refetchInterval: recordPollMs,
      refetchIntervalInBackground: false,
      staleTime: 5_000,
    }),
}
