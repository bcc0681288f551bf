import ClientApp from 'purecloud-client-app-sdk'

/** The three things the widget asks of the Genesys desktop. */
export interface DesktopHost {
  showToast(title: string, message: string, type: 'info' | 'error'): void
  setAttentionCount(count: number): void
  /** The desktop is about to remove the frame (the interaction closed); `stopped` is reported after `listener`. */
  onStop(listener: () => void): void
}

type ClientAppConstructor = new (config: {
  gcHostOriginQueryParam: string
  gcTargetEnvQueryParam: string
}) => {
  alerting: Pick<InstanceType<typeof ClientApp>['alerting'], 'showToastPopup' | 'setAttentionCount'>
  lifecycle: Pick<InstanceType<typeof ClientApp>['lifecycle'], 'addStopListener' | 'stopped'>
}

/**
 * The Client App SDK behind our own small interface. The SDK reads gcHostOrigin and gcTargetEnv from the URL and
 * throws when they are missing or name no Genesys environment, so it is built here inside a guard: without a
 * desktop there is simply nothing to tell. Toast text is plain: the SDK renders markdown unless told not to,
 * and attribute names come from flows and other writers.
 */
export function createDesktopHost(SdkClientApp: ClientAppConstructor = ClientApp): DesktopHost | undefined {
  let app: InstanceType<ClientAppConstructor>
  try {
    app = new SdkClientApp({ gcHostOriginQueryParam: 'gcHostOrigin', gcTargetEnvQueryParam: 'gcTargetEnv' })
  } catch (error) {
    console.warn(
      `Not talking to the Genesys desktop: ${error instanceof Error ? error.message : String(error)}`,
    )
    return undefined
  }
  return {
    showToast(title, message, type) {
      // Error toasts must be dismissed by hand (the SDK's rule); others fade after its default 7 s.
      if (type === 'error')
        app.alerting.showToastPopup(title, message, {
          type,
          markdownMessage: false,
          timeout: 0,
          showCloseButton: true,
        })
      else app.alerting.showToastPopup(title, message, { type, markdownMessage: false })
    },
    setAttentionCount: (count) => app.alerting.setAttentionCount(count),
    onStop(listener) {
      app.lifecycle.addStopListener(() => {
        try {
          listener()
        } finally {
          app.lifecycle.stopped()
        }
      }, true)
    },
  }
}
