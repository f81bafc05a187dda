/**
 * Saving the product's media in original quality: src/background/downloads, src/offscreen and the
 * picker in src/content/download.
 */
import type { FeatureDeclaration } from '../schema';

/** The servers AliExpress and Alibaba serve product images and videos from. */
export const mediaHostMatches = ['*://*.alicdn.com/*', '*://*.aliexpress-media.com/*'];

/**
 * Where item pages say their description document is (`descriptionUrl` in src/extract): the
 * description images are listed there, not on the item page.
 */
export const descriptionDocumentMatches = [
  '*://aeproductsourcesite.alicdn.com/*',
  '*://pdp.aliexpress-media.com/*',
  '*://www.alibaba.com/event/app/mainAction/desc.htm*',
];

export const download: FeatureDeclaration = {
  feature: {
    id: 'download',
    name: 'Media download',
    summary:
      'Saves the product’s images and videos in their original quality, as single files or one ZIP archive, when you click AliKeep’s download button. The files go where your browser saves downloads and are yours; AliKeep keeps no copy.',
    tier: 'basic',
    status: 'shipped',
  },
  permissions: [
    {
      name: 'downloads',
      kind: 'required',
      justification:
        'AliKeep saves the product images and videos you pick with its download button through the browser’s downloads, into the folder and under the file names your settings choose. It does not read or change your other downloads.',
      features: ['download'],
      installWarning: 'Manage your downloads',
    },
    {
      name: 'offscreen',
      kind: 'required',
      justification:
        'The background worker cannot hand a file it built (a ZIP archive, or an image converted to JPEG or PNG) to the browser’s downloads, so AliKeep opens a hidden page of its own for the moment that takes. The page shows nothing and loads nothing from the web.',
      features: ['download'],
      installWarning: null,
    },
    {
      name: 'storage',
      kind: 'required',
      justification:
        'A download in progress is remembered in the browser’s session storage, so it finishes without saving any file twice if the browser restarts AliKeep’s background worker.',
      features: ['download'],
      installWarning: null,
    },
  ],
  hostAccess: [
    {
      id: 'media-hosts',
      patterns: mediaHostMatches,
      kind: 'required',
      uses: ['media'],
      why: 'AliExpress and Alibaba serve product images and videos from these servers. AliKeep downloads from them only the files you pick, without cookies, as the item page itself loads them; nothing about you is sent beyond what any image request carries.',
      features: ['download'],
    },
    {
      id: 'description-documents',
      patterns: descriptionDocumentMatches,
      kind: 'required',
      uses: ['media'],
      why: 'An item’s description, with the pictures below its gallery, is a separate document on these servers. When you open AliKeep’s download picker, or use “download all”, with description images included in your settings, AliKeep requests the description document of that one item, without cookies, as the item page itself does when you scroll to it, and reads from it only the addresses of its pictures. Nothing is requested when the page loads, and nothing from the document is kept.',
      features: ['download'],
    },
  ],
  dataItems: [
    {
      id: 'download-queue',
      name: 'Downloads in progress',
      what: 'The addresses of the product images and videos you picked, the names the files will get, and which of them are already saved.',
      source: 'The item page you download from, and your choice in the download picker.',
      features: ['download'],
      purpose:
        'To finish a download you started, without saving any file twice, even if the browser restarts AliKeep’s background worker in the middle.',
      legalBasis: 'contract',
      storage: { area: 'storage.session', keys: ['downloadQueue', 'finishedDownloads'] },
      retention: 'session',
      retentionNote:
        'While the download runs, then 30 minutes more so that its result stays visible; never beyond the browser session.',
      sentTo: [],
      deletion: 'Cancel the download; closing the browser also clears it.',
      chromeWebStoreCategories: ['websiteContent'],
      firefoxCategory: 'none',
    },
  ],
};
