<?xml version="1.0" encoding="UTF-8"?>
<!-- XSL-FO template equivalent to the layout engine's standard style: A4, DejaVu Sans 10.5 pt, header, footer with
     "Page x of y", headings kept with what follows, label/answer fields, a shaded note, a table whose header repeats. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:template match="/document">
    <fo:root font-family="DejaVu Sans" font-size="10.5pt" line-height="1.42" color="#1A1A1A" xml:lang="en-GB">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="A4" page-width="210mm" page-height="297mm"
                               margin-left="20mm" margin-right="20mm" margin-top="9mm" margin-bottom="9mm">
          <fo:region-body margin-top="13mm" margin-bottom="13mm"/>
          <fo:region-before extent="10mm"/>
          <fo:region-after extent="10mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:page-sequence master-reference="A4">
        <fo:static-content flow-name="xsl-region-before">
          <fo:block font-size="8.5pt" color="#55606B" text-align-last="justify" padding-bottom="2pt"
                    border-bottom="0.5pt solid #8C99A6">
            <fo:inline font-weight="bold"><xsl:value-of select="@header-left"/></fo:inline>
            <fo:leader leader-pattern="space"/>
            <xsl:value-of select="@header-right"/>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
          <fo:block font-size="8.5pt" color="#55606B" text-align-last="justify" padding-top="4pt"
                    border-top="0.5pt solid #8C99A6">
            <xsl:value-of select="@footer"/>
            <fo:leader leader-pattern="space"/>
            <xsl:text>Page </xsl:text><fo:page-number/><xsl:text> of </xsl:text><fo:page-number-citation ref-id="last-page"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <xsl:apply-templates/>
          <fo:block id="last-page"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template match="h1">
    <fo:block font-size="20pt" font-weight="bold" color="#1F3A5F" line-height="1.25" space-before="9pt"
              space-after="8pt" border-bottom="0.8pt solid #1F3A5F" keep-with-next.within-page="always">
      <xsl:value-of select="."/>
    </fo:block>
  </xsl:template>

  <xsl:template match="h2">
    <fo:block font-size="15pt" font-weight="bold" color="#1F3A5F" line-height="1.25" space-before="5pt"
              space-after="3pt" keep-with-next.within-page="always">
      <xsl:value-of select="."/>
    </fo:block>
  </xsl:template>

  <xsl:template match="h3">
    <fo:block font-size="12.5pt" font-weight="bold" color="#1F3A5F" line-height="1.25" space-before="5pt"
              space-after="3pt" keep-with-next.within-page="always">
      <xsl:value-of select="."/>
    </fo:block>
  </xsl:template>

  <xsl:template match="field">
    <fo:block space-after="8.4pt">
      <fo:block font-weight="bold" color="#243447" keep-with-next.within-page="always">
        <xsl:value-of select="@label"/>
      </fo:block>
      <xsl:apply-templates select="p"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="p">
    <fo:block space-before="7pt" orphans="2" widows="1"><xsl:value-of select="."/></fo:block>
  </xsl:template>

  <xsl:template match="note">
    <fo:block background-color="#EDF2F7" border-left="3pt solid #1F3A5F" padding="4.7pt" space-after="8.4pt"
              keep-together.within-page="always">
      <xsl:value-of select="."/>
    </fo:block>
  </xsl:template>

  <xsl:template match="table">
    <fo:table table-layout="fixed" width="100%" space-after="8.4pt" border-collapse="collapse">
      <fo:table-column column-width="proportional-column-width(4)"/>
      <fo:table-column column-width="proportional-column-width(2)"/>
      <fo:table-column column-width="proportional-column-width(1.3)"/>
      <fo:table-header background-color="#E3E9F1" font-weight="bold">
        <fo:table-row><xsl:apply-templates select="head/cell"/></fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="row">
          <fo:table-row keep-together.within-page="always"><xsl:apply-templates select="cell"/></fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="cell">
    <fo:table-cell border="0.6pt solid #8C99A6" padding="4.7pt">
      <fo:block><xsl:value-of select="."/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template match="bullets">
    <fo:list-block provisional-distance-between-starts="13.6pt" space-after="8.4pt">
      <xsl:for-each select="item">
        <fo:list-item space-after="2pt">
          <fo:list-item-label end-indent="label-end()"><fo:block>•</fo:block></fo:list-item-label>
          <fo:list-item-body start-indent="body-start()"><fo:block><xsl:value-of select="."/></fo:block></fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>
</xsl:stylesheet>
