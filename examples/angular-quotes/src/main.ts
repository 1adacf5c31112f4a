import { bootstrapApplication } from '@angular/platform-browser';
import { provideZonelessChangeDetection } from '@angular/core';
import { provideMT4Hub, provideRxHub } from 'rxhub/angular';
import { AppComponent } from './app/app.component';
import { HUB_CONFIG, hubConfigFrom } from './app/hub-config';

const config = hubConfigFrom(window.location.search);

bootstrapApplication(AppComponent, {
  providers: [
    provideZonelessChangeDetection(),
    { provide: HUB_CONFIG, useValue: config },
    provideRxHub({
      url: config.hubUrl,
      credentials: { tokenUrl: config.tokenUrl, clientId: config.clientId, clientSecret: config.clientSecret },
    }),
    provideMT4Hub({ tradePlatform: config.platform }),
  ],
}).catch((error: unknown) => console.error(error));
